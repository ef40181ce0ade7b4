import { offeredTreatments, TreatmentCards } from '@/components/sites/TreatmentCards'
import { idOf } from '@/lib/relationships'

import type { BlockProps } from '../types'

/** The clinic's treatments, or only those the owner chose, with the clinic's prices. */
export const TreatmentGridBlockView = ({ site, block }: BlockProps<'treatmentGrid'>) => {
  const chosen = (block.treatments ?? []).map(idOf)
  const offers = offeredTreatments(site.clinic).filter((offer) => chosen.length === 0 || chosen.includes(offer.treatment.id))
  return (
    <section>
      {block.heading && <h2>{block.heading}</h2>}
      <TreatmentCards site={site} offers={offers} heading={block.heading ? 'h3' : 'h2'} />
    </section>
  )
}
