import Link from 'next/link'

import { advertisedRange, AVAILABILITY_LABELS } from '@/lib/prices/format'
import { type Site, sitePath } from '@/lib/sites/site'
import type { Clinic, Treatment } from '@/payload-types'
import { populated } from '@/lib/relationships'
import { siteRoutes } from '@/lib/sites/routes'

import { MediaImage } from './MediaImage'
import { IMAGE_SIZES } from './imageSizes'
import { currencyOf } from '@/lib/locale/countries'

type Offered = NonNullable<Clinic['treatmentsOffered']>[number]

/** The treatments this clinic offers (published ones only), with its own prices. */
export const offeredTreatments = (clinic: Clinic) =>
  (clinic.treatmentsOffered ?? []).filter((offer): offer is Offered & { treatment: Treatment } => populated(offer.treatment) !== undefined)

/** The cards' headings sit one level under the heading above them: h3 under a section's h2, h2 right under the page's h1. */
export type CardHeading = 'h2' | 'h3'

export const TreatmentCards = ({ site, offers, heading: Heading = 'h3' }: { site: Site; offers: ReturnType<typeof offeredTreatments>; heading?: CardHeading }) => (
  <ul className="cards">
    {offers.map((offer) => (
      <li key={offer.treatment.id} className="card">
        <MediaImage media={offer.treatment.heroImage} size="card" sizes={IMAGE_SIZES.card} />
        <Heading>
          <Link href={sitePath(site, siteRoutes.treatment(offer.treatment.slug))}>{offer.treatment.title}</Link>
        </Heading>
        <p>{offer.treatment.summary}</p>
        <p>
          <span className="price">{advertisedRange(offer, currencyOf(site.clinic)) ?? 'Priced at your consultation'}</span>
          {' · '}
          {AVAILABILITY_LABELS[offer.availability]}
        </p>
      </li>
    ))}
  </ul>
)
