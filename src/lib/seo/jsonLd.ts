import { WEEKDAYS } from '@/fields/openingHours'
import type { Clinic, Treatment } from '@/payload-types'
import { countryOf, type Currency, currencyOf } from '@/lib/locale/countries'
import { advertisedPrices } from '@/lib/prices/advertised'
import { stagePriceLabel } from '@/lib/prices/format'
import { populated } from '@/lib/relationships'
import { siteRoutes } from '@/lib/sites/routes'

import { canonicalUrl } from './canonical'

/** One schema.org node as search engines read it from a `<script type="application/ld+json">`. */
export type JsonLdDocument = { '@context': 'https://schema.org'; '@type': string; [property: string]: unknown }

const SCHEMA = 'https://schema.org' as const

const DAY_OF_WEEK = Object.fromEntries(WEEKDAYS.map((day) => [day.value, `${SCHEMA}/${day.label}`]))


type OfferRow = NonNullable<Clinic['treatmentsOffered']>[number]

// A paused treatment cannot be booked, so it is neither advertised nor counted in the price range.
const bookable = (clinic: Clinic): OfferRow[] => (clinic.treatmentsOffered ?? []).filter((row) => row.availability !== 'paused')

/** "£600–£3,200" from this clinic's own prices; the brand's guide prices are not this clinic's. */
const priceRange = (rows: OfferRow[], currency: Currency): string | undefined => {
  const prices = rows.map(advertisedPrices).flatMap((row) => [row.priceFrom, row.priceTo]).filter((price): price is number => typeof price === 'number')
  if (prices.length === 0) return undefined
  const [low, high] = [Math.min(...prices), Math.max(...prices)]
  return stagePriceLabel(low, high, currency)
}

const offer = (currency: Currency) => (row: OfferRow & { treatment: Treatment }) => {
  const { priceFrom, priceTo } = advertisedPrices(row)
  return {
    '@type': 'Offer',
    itemOffered: { '@type': 'Service', name: row.treatment.title, description: row.treatment.summary },
    ...(priceFrom != null || priceTo != null
      ? {
          priceSpecification: {
            '@type': 'PriceSpecification',
            priceCurrency: currency,
            ...(priceFrom != null && { minPrice: priceFrom }),
            ...(priceTo != null && { maxPrice: priceTo }),
          },
        }
      : {}),
  }
}

/**
 * The clinic as a local business. SMP is a cosmetic tattoo, not medical care: the clinics are not
 * medical practices, so `MedicalClinic` (a MedicalOrganization, with `medicalSpecialty` and
 * `availableService` restricted to medical procedures) would claim something untrue about them.
 * `HealthAndBeautyBusiness` is the honest LocalBusiness subtype, and treatments are plain
 * `Service` offers with the clinic's local prices.
 */
export const clinicJsonLd = (clinic: Clinic, origin: string, extras: { logoUrl?: string; imageUrl?: string }): JsonLdDocument => {
  const { contact } = clinic
  const rows = bookable(clinic)
  const offers = rows.filter((row): row is OfferRow & { treatment: Treatment } => populated(row.treatment) !== undefined).map(offer(currencyOf(clinic)))
  const range = priceRange(rows, currencyOf(clinic))
  const description = clinic.seo?.metaDescription || clinic.branding.tagline
  const url = canonicalUrl(origin, siteRoutes.home)
  return {
    '@context': SCHEMA,
    '@type': 'HealthAndBeautyBusiness',
    '@id': `${url}#clinic`,
    name: clinic.name,
    url,
    ...(description && { description }),
    ...(extras.logoUrl && { logo: extras.logoUrl }),
    ...(extras.imageUrl && { image: extras.imageUrl }),
    telephone: contact.phone,
    email: contact.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: [contact.addressLine1, contact.addressLine2].filter(Boolean).join(', '),
      addressLocality: contact.city,
      postalCode: contact.postcode,
      addressCountry: countryOf(clinic),
    },
    geo: { '@type': 'GeoCoordinates', latitude: contact.latitude, longitude: contact.longitude },
    openingHoursSpecification: (clinic.openingHours ?? [])
      .filter((row) => row.days.length > 0)
      .map((row) => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: row.days.map((day) => DAY_OF_WEEK[day]),
        opens: row.opens,
        closes: row.closes,
      })),
    ...(range && { priceRange: range }),
    ...(offers.length > 0 && { makesOffer: offers }),
  }
}

/** Questions without answer text (an answer that is only a picture) are left out: both are required. */
export const faqPageJsonLd = (items: { question: string; answer: string }[]): JsonLdDocument => ({
  '@context': SCHEMA,
  '@type': 'FAQPage',
  mainEntity: items
    .filter((item) => item.question.trim() && item.answer.trim())
    .map((item) => ({
      '@type': 'Question',
      name: item.question.trim(),
      acceptedAnswer: { '@type': 'Answer', text: item.answer.trim() },
    })),
})

/** The trail from the home page to this page, home first. */
export const breadcrumbJsonLd = (items: { name: string; url: string }[]): JsonLdDocument => ({
  '@context': SCHEMA,
  '@type': 'BreadcrumbList',
  itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
})
