import Link from 'next/link'

import { ClinicFinder } from '@/components/sites/ClinicFinder'
import { FaqList } from '@/components/sites/FaqList'
import { MediaImage } from '@/components/sites/MediaImage'
import { IMAGE_SIZES } from '@/components/sites/imageSizes'
import { clinicOrigin } from '@/lib/seo/canonical'
import { getLiveClinics } from '@/lib/sites/clinics'
import { getBrandSettings, getFaqs, getResults, getTreatments } from '@/lib/sites/content'
import { CURRENCIES, currencyOf } from '@/lib/locale/countries'
import { advertisedPrices, lowestAcrossClinics } from '@/lib/prices/advertised'
import { priceRange } from '@/lib/prices/format'
import type { Site } from '@/lib/sites/site'
import { idOf, populated } from '@/lib/relationships'
import { clinicPathBase, siteRoutes } from '@/lib/sites/routes'
import { clinicPhone } from '@/lib/locale/phone'

/** The brand's front door on any host that is not a clinic's: find a clinic, learn about SMP, see results. */
export const BrandHub = async ({ site }: { site: Site }) => {
  const [brand, clinics, treatments, results, faqs] = await Promise.all([
    getBrandSettings(),
    getLiveClinics(),
    getTreatments(),
    getResults(null),
    getFaqs(null),
  ])
  // The brand says "from" only what some clinic really charges (src/lib/prices/advertised.ts), in each currency its clinics charge in.
  const fromAtAnyClinic = (treatment: number) =>
    CURRENCIES.flatMap((currency) => {
      const offers = clinics
        .filter((clinic) => currencyOf(clinic) === currency)
        .flatMap((clinic) => (clinic.treatmentsOffered ?? []).filter((offer) => idOf(offer.treatment) === treatment && offer.availability !== 'paused'))
      const lowest = lowestAcrossClinics(offers.map((offer) => advertisedPrices(offer).priceFrom))
      return lowest === undefined ? [] : [priceRange(lowest, null, currency)!]
    }).join(' · ')
  const clinicHref = (clinic: (typeof clinics)[number]) => clinicOrigin(clinic, site.origin) ?? clinicPathBase(clinic.slug)
  return (
    <>
      <section className="hero">
        <div>
          <h1>{brand.brandName}</h1>
          <p>{brand.tagline}</p>
          <p>
            Scalp micro-pigmentation (SMP) is a non-surgical treatment for hair loss: natural pigment is placed in the
            dermal layer of the scalp to recreate the look of closely cut hair, usually over two to three sessions. It also
            camouflages hair-transplant scars.
          </p>
        </div>
      </section>
      <section id="find-a-clinic" aria-labelledby="finder-heading">
        <h2 id="finder-heading">Find a clinic near you</h2>
        <ClinicFinder
          clinics={clinics.map((clinic) => ({
            name: clinic.name,
            slug: clinic.slug,
            city: clinic.contact.city,
            postcode: clinic.contact.postcode,
            addressLine1: clinic.contact.addressLine1,
            latitude: clinic.contact.latitude,
            longitude: clinic.contact.longitude,
            phone: clinicPhone(clinic).shown,
            href: clinicHref(clinic),
          }))}
        />
      </section>
      <section id="treatments" aria-labelledby="treatments-heading">
        <h2 id="treatments-heading">Treatments</h2>
        <ul className="cards">
          {treatments.map((treatment) => (
            <li key={treatment.id} className="card">
              <MediaImage media={treatment.heroImage} size="card" sizes={IMAGE_SIZES.card} />
              <h3>{treatment.title}</h3>
              <p>{treatment.summary}</p>
              {fromAtAnyClinic(treatment.id) && <p className="price">{fromAtAnyClinic(treatment.id)}</p>}
            </li>
          ))}
        </ul>
      </section>
      {results.length > 0 && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">Selected results</h2>
          <ul className="cards">
            {results.slice(0, 6).map((result) => {
              const owner = clinics.find((clinic) => populated(result.clinic)?.id === clinic.id)
              return (
                <li key={result.id} className="card">
                  <MediaImage media={result.imagePairs[0]?.after} size="card" sizes={IMAGE_SIZES.card} />
                  <h3>{owner ? <Link href={`${clinicHref(owner)}${siteRoutes.result(result.slug)}`}>{result.title}</Link> : result.title}</h3>
                  <p className="muted">{brand.resultsDisclaimer}</p>
                </li>
              )
            })}
          </ul>
        </section>
      )}
      <section id="faq" aria-labelledby="faq-heading">
        <h2 id="faq-heading">Questions about SMP</h2>
        <FaqList faqs={faqs} />
      </section>
    </>
  )
}
