import { ClinicLeadForm } from '@/components/sites/ClinicLeadForm'

import type { BlockProps } from '../types'

export const LeadFormBlockView = ({ site, block }: BlockProps<'leadForm'>) => {
  const headingId = block.heading ? `lead-form-heading-${block.id ?? 'block'}` : undefined
  return (
    <section className="card" aria-labelledby={headingId}>
      {block.heading && <h2 id={headingId}>{block.heading}</h2>}
      {block.intro && <p>{block.intro}</p>}
      <ClinicLeadForm site={site} headingId={headingId} />
    </section>
  )
}
