import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { MediaImage } from '@/components/sites/MediaImage'
import { RichText } from '@/components/sites/RichText'
import { StagePriceTable } from '@/components/sites/StagePriceTable'
import { offeredTreatments } from '@/components/sites/TreatmentCards'
import { canonicalUrl } from '@/lib/seo/canonical'
import { advertisedRange, AVAILABILITY_LABELS } from '@/lib/prices/format'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { sitePath } from '@/lib/sites/site'
import { siteRoutes } from '@/lib/sites/routes'
import { currencyOf } from '@/lib/locale/countries'

type Props = { params: Promise<{ site: string; slug: string }> }

export const generateStaticParams = async () => []

const findOffer = async (params: Props['params']) => {
  const site = await requireClinicSite(params)
  const { slug } = await params
  const offer = offeredTreatments(site.clinic).find((entry) => entry.treatment.slug === slug)
  if (!offer) notFound()
  return { site, offer }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { site, offer } = await findOffer(params)
  const { treatment } = offer
  return {
    title: treatment.seo?.metaTitle || `${treatment.title} in ${site.clinic.contact.city}`,
    description: treatment.seo?.metaDescription || treatment.summary,
    // The text is the brand's, but price and availability are this clinic's: each clinic's page is its own canonical.
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.treatment(treatment.slug)) },
  }
}

/** The clinic's own intro as paragraphs: owners separate them with a blank line. */
const paragraphsOf = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

/**
 * The brand's treatment text with this clinic's price range and availability, under the clinic's
 * own intro. The intro is a captioned quotation of the clinic, so its words are never mistaken for
 * the brand's and the page's heading outline stays the brand's.
 */
export default async function TreatmentPage({ params }: Props) {
  const { site, offer } = await findOffer(params)
  const { treatment } = offer
  const localIntro = paragraphsOf(offer.localIntro)
  return (
    <article>
      <Breadcrumbs
        site={site}
        trail={[
          { name: 'Treatments', path: siteRoutes.treatments },
          { name: treatment.title, path: siteRoutes.treatment(treatment.slug) },
        ]}
      />
      <h1>{treatment.title}</h1>
      {localIntro.length > 0 && (
        <figure className="card local-intro" aria-labelledby="clinic-intro">
          <figcaption id="clinic-intro">
            <strong>At {site.clinic.name}</strong>
          </figcaption>
          <blockquote>
            {localIntro.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </blockquote>
        </figure>
      )}
      <p>{treatment.summary}</p>
      <dl className="card">
        <dt>Price at {site.clinic.name}</dt>
        <dd className="price">{advertisedRange(offer, currencyOf(site.clinic)) ?? 'Priced at your consultation'}</dd>
        <dt>Availability</dt>
        <dd>{AVAILABILITY_LABELS[offer.availability]}</dd>
        <dt>Sessions</dt>
        <dd>
          {treatment.sessionsMin === treatment.sessionsMax ? treatment.sessionsMin : `${treatment.sessionsMin}–${treatment.sessionsMax}`} sessions of{' '}
          {treatment.sessionLength}
        </dd>
        {offer.localNote && (
          <>
            <dt>From the clinic</dt>
            <dd>{offer.localNote}</dd>
          </>
        )}
      </dl>
      <StagePriceTable clinicName={site.clinic.name} prices={offer.stagePrices ?? []} currency={currencyOf(site.clinic)} />
      <MediaImage media={treatment.heroImage} size="hero" sizes="(max-width: 72rem) 100vw, 72rem" />
      <RichText data={treatment.body} />
      {treatment.aftercare && (
        <section aria-labelledby="aftercare">
          <h2 id="aftercare">Aftercare</h2>
          <RichText data={treatment.aftercare} />
        </section>
      )}
      <p>
        <Link href={sitePath(site, siteRoutes.book)} className="button">
          Book a free consultation
        </Link>
      </p>
    </article>
  )
}
