import Link from 'next/link'

import { getFaqs, getResults } from '@/lib/sites/content'
import { type Site, sitePath } from '@/lib/sites/site'
import type { Page } from '@/payload-types'

import { ClinicLeadForm, type ClinicSite } from './ClinicLeadForm'
import { FaqList } from './FaqList'
import { MediaImage } from './MediaImage'
import { IMAGE_SIZES } from './imageSizes'
import { ResultCards } from './ResultCards'
import { RichText } from './RichText'
import { offeredTreatments, TreatmentCards } from './TreatmentCards'

type Block = Page['layout'][number]

const href = (site: Site, target: string) => (target.startsWith('/') ? sitePath(site, target) : target)

const idOf = (value: number | { id: number } | null | undefined) => (value == null ? undefined : typeof value === 'number' ? value : value.id)

/** One block of a page a franchise owner composed in the admin. */
const BlockView = async ({ site, block }: { site: ClinicSite; block: Block }) => {
  switch (block.blockType) {
    case 'hero':
      return (
        <section className="hero">
          <div>
            <h2>{block.heading}</h2>
            {block.text && <p>{block.text}</p>}
            {block.callToAction?.label && block.callToAction.href && (
              <Link href={href(site, block.callToAction.href)} className="button">
                {block.callToAction.label}
              </Link>
            )}
          </div>
          <MediaImage media={block.image} size="hero" sizes={IMAGE_SIZES.hero} />
        </section>
      )
    case 'richText':
      return <RichText data={block.content} />
    case 'treatmentGrid': {
      const chosen = (block.treatments ?? []).map(idOf)
      const offers = offeredTreatments(site.clinic).filter((offer) => chosen.length === 0 || chosen.includes(offer.treatment.id))
      return (
        <section>
          {block.heading && <h2>{block.heading}</h2>}
          <TreatmentCards site={site} offers={offers} heading={block.heading ? 'h3' : 'h2'} />
        </section>
      )
    }
    case 'resultsGallery': {
      const treatment = idOf(block.treatment as number | { id: number } | null)
      const results = (await getResults(site.clinic.id)).filter((result) => !treatment || idOf(result.treatment as number | { id: number }) === treatment)
      return (
        <section>
          {block.heading && <h2>{block.heading}</h2>}
          <ResultCards site={site} results={results.slice(0, block.limit ?? 6)} heading={block.heading ? 'h3' : 'h2'} />
        </section>
      )
    }
    case 'faqList': {
      const faqs = (await getFaqs(site.clinic.id)).filter((faq) => !block.category || faq.category === block.category)
      return (
        <section>
          {block.heading && <h2>{block.heading}</h2>}
          <FaqList faqs={faqs.slice(0, block.limit ?? 8)} />
        </section>
      )
    }
    case 'leadForm': {
      const headingId = block.heading ? `lead-form-heading-${block.id ?? 'block'}` : undefined
      return (
        <section className="card" aria-labelledby={headingId}>
          {block.heading && <h2 id={headingId}>{block.heading}</h2>}
          {block.intro && <p>{block.intro}</p>}
          <ClinicLeadForm site={site} headingId={headingId} />
        </section>
      )
    }
    case 'callToAction':
      return (
        <section className="card">
          <h2>{block.heading}</h2>
          {block.text && <p>{block.text}</p>}
          <Link href={href(site, block.link.href)} className="button">
            {block.link.label}
          </Link>
        </section>
      )
  }
}

export const Blocks = ({ site, blocks }: { site: ClinicSite; blocks: Page['layout'] }) =>
  blocks.map((block, index) => <BlockView key={block.id ?? index} site={site} block={block} />)
