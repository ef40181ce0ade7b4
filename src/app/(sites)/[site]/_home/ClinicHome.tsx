import Link from 'next/link'

import { JsonLd } from '@/components/seo/JsonLd'
import { FaqList } from '@/components/sites/FaqList'
import { MediaImage } from '@/components/sites/MediaImage'
import { IMAGE_SIZES } from '@/components/sites/imageSizes'
import { OpenNow } from '@/components/sites/OpenNow'
import { ResultCards } from '@/components/sites/ResultCards'
import { ReviewList, ReviewSummary } from '@/components/sites/Reviews'
import { offeredTreatments, TreatmentCards } from '@/components/sites/TreatmentCards'
import { clinicJsonLd } from '@/lib/seo/jsonLd'
import { getFaqs, getResults, getReviews } from '@/lib/sites/content'
import { mediaPath } from '@/lib/sites/mediaPath'
import { type Site, sitePath } from '@/lib/sites/site'
import type { Clinic, Media } from '@/payload-types'
import { populated } from '@/lib/relationships'
import { siteRoutes } from '@/lib/sites/routes'

/** An image's address on this clinic's own host, for structured data. */
const absoluteUrlOf = (media: number | Media | null | undefined, origin: string) => {
  const path = mediaPath(populated(media)?.url)
  return path && new URL(path, origin).toString()
}

export const ClinicHome = async ({ site, clinic }: { site: Site; clinic: Clinic }) => {
  const [faqs, results, reviews] = await Promise.all([getFaqs(clinic.id), getResults(clinic.id), getReviews(clinic.id)])
  return (
    <>
      <JsonLd
        data={clinicJsonLd(clinic, site.origin, {
          logoUrl: absoluteUrlOf(clinic.branding.logo, site.origin),
          imageUrl: absoluteUrlOf(clinic.branding.heroImage, site.origin),
        })}
      />
      <section className="hero">
        <div>
          <h1>{clinic.name}</h1>
          {clinic.branding.tagline && <p>{clinic.branding.tagline}</p>}
          <p>
            Scalp micro-pigmentation in {clinic.contact.city}: natural pigment placed in the scalp to recreate the look of
            closely cut hair, usually over two to three sessions.
          </p>
          <p>
            <Link href={sitePath(site, siteRoutes.book)} className="button">
              Book a free consultation
            </Link>
          </p>
          <OpenNow hours={clinic.openingHours} timeZone={clinic.timeZone} />
        </div>
        <MediaImage media={clinic.branding.heroImage} size="hero" sizes={IMAGE_SIZES.hero} priority="main" />
      </section>
      <section aria-labelledby="treatments-heading">
        <h2 id="treatments-heading">Treatments and prices</h2>
        <TreatmentCards site={site} offers={offeredTreatments(clinic)} />
      </section>
      {results.length > 0 && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">Recent results</h2>
          <ResultCards site={site} results={results.slice(0, 3)} />
          <p>
            <Link href={sitePath(site, siteRoutes.results)}>See all results</Link>
          </p>
        </section>
      )}
      {reviews.length > 0 && (
        <section aria-labelledby="reviews-heading">
          <h2 id="reviews-heading">What clients say</h2>
          <ReviewSummary reviews={reviews} clinicName={clinic.name} />
          <ReviewList reviews={reviews.slice(0, 3)} headingLevel={3} />
          <p>
            <Link href={sitePath(site, siteRoutes.reviews)}>All reviews</Link>
          </p>
        </section>
      )}
      <section aria-labelledby="faq-heading">
        <h2 id="faq-heading">Common questions</h2>
        <FaqList faqs={faqs.slice(0, 5)} />
        <p>
          <Link href={sitePath(site, siteRoutes.faq)}>All questions</Link>
        </p>
      </section>
    </>
  )
}
