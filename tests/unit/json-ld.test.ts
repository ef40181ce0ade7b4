import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { JsonLd } from '@/components/seo/JsonLd'
import { breadcrumbJsonLd, clinicJsonLd, faqPageJsonLd, type JsonLdDocument } from '@/lib/seo/jsonLd'
import { lexicalToPlainText } from '@/lib/seo/plainText'
import type { Clinic, Treatment } from '@/payload-types'
import { DEMO_CLINICS } from '@/seed/data/clinics'
import { DEMO_FAQS } from '@/seed/data/faqs'
import { DEMO_TREATMENTS } from '@/seed/data/treatments'
import { richText } from '@/seed/richText'

const ORIGIN = 'https://london.stipple.example'

/** A demo treatment as the site reads it, populated the way `getClinic` (depth 1) returns it. */
const demoTreatment = (slug: string, id: number): Treatment => {
  const treatment = DEMO_TREATMENTS.find((t) => t.slug === slug)!
  return {
    id,
    title: treatment.title,
    slug: treatment.slug,
    summary: treatment.summary,
    body: richText(...treatment.body),
    sessionsMin: treatment.sessionsMin,
    sessionsMax: treatment.sessionsMax,
    sessionLength: treatment.sessionLength,
    updatedAt: '2025-01-01T00:00:00.000Z',
    createdAt: '2025-01-01T00:00:00.000Z',
  }
}

/** A demo clinic shaped as the seed stores it, with its treatments populated or left as ids. */
const demoClinic = (slug: string, { populated = true } = {}): Clinic => {
  const clinic = DEMO_CLINICS.find((c) => c.slug === slug)!
  return {
    id: 1,
    name: clinic.name,
    slug: clinic.slug,
    status: 'live',
    hostnames: [{ hostname: `${clinic.slug}.localhost` }, { hostname: `${clinic.slug}.stipple.example` }],
    branding: { tagline: clinic.tagline, fontPairing: clinic.fontPairing, ...clinic.colours },
    contact: clinic.contact,
    country: 'GB',
    currency: 'GBP',
    timeZone: 'Europe/London',
    openingHours: clinic.openingHours,
    treatmentsOffered: Object.entries(clinic.prices).map(([treatmentSlug, [priceFrom, priceTo, availability]], index) => ({
      treatment: populated ? demoTreatment(treatmentSlug, index + 1) : index + 1,
      priceFrom,
      priceTo,
      availability,
      stagePrices: clinic.stagePrices[treatmentSlug] ?? [],
    })),
    retentionDays: 730,
    updatedAt: '2025-01-01T00:00:00.000Z',
    createdAt: '2025-01-01T00:00:00.000Z',
  }
}

/** What a crawler reads: the text inside the one JSON-LD script of the rendered markup. */
const scriptText = (data: JsonLdDocument | JsonLdDocument[]) => {
  const markup = renderToStaticMarkup(createElement(JsonLd, { data }))
  const match = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(markup)
  if (!match) throw new Error(`not one JSON-LD script: ${markup}`)
  return { markup, body: match[1] }
}

describe('a crawler reading a clinic site', () => {
  it('finds the clinic as a local health and beauty business, not as a medical practice', () => {
    const data = clinicJsonLd(demoClinic('london'), ORIGIN, {})
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'HealthAndBeautyBusiness',
      '@id': `${ORIGIN}/#clinic`,
      name: 'Stipple London Soho',
      url: `${ORIGIN}/`,
      telephone: '+44 20 7946 0321',
      email: 'london@stipple.example',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '21 Greek Street, Second floor',
        addressLocality: 'London',
        postalCode: 'W1D 4DY',
        addressCountry: 'GB',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 51.5136, longitude: -0.1317 },
    })
    expect(data).not.toHaveProperty('medicalSpecialty')
    expect(data).not.toHaveProperty('availableService')
  })

  it('leaves out an empty second address line', () => {
    const data = clinicJsonLd(demoClinic('manchester'), 'https://manchester.stipple.example', {})
    expect(data.address).toMatchObject({ streetAddress: '5 King Street', addressLocality: 'Manchester' })
  })

  it("learns London's hours: weekdays 09:00–19:00, Saturday 10:00–16:00, closed on Sunday", () => {
    const { openingHoursSpecification } = clinicJsonLd(demoClinic('london'), ORIGIN, {})
    const day = (name: string) => `https://schema.org/${name}`
    expect(openingHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: [day('Monday'), day('Tuesday'), day('Wednesday'), day('Thursday'), day('Friday')],
        opens: '09:00',
        closes: '19:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: [day('Saturday')], opens: '10:00', closes: '16:00' },
    ])
  })

  it("sees each bookable treatment with the clinic's own price, and the clinic's price range", () => {
    const clinic = demoClinic('london')
    clinic.treatmentsOffered![0].availability = 'paused'
    const data = clinicJsonLd(clinic, ORIGIN, {}) as JsonLdDocument & { makesOffer: Record<string, unknown>[] }
    expect(data.makesOffer.map((offer) => (offer.itemOffered as { name: string }).name)).toEqual([
      'Scar camouflage',
      'Density for thinning hair (women and men)',
      'Alopecia coverage',
      'Correction of earlier SMP',
    ])
    expect(data.makesOffer[0]).toEqual({
      '@type': 'Offer',
      itemOffered: { '@type': 'Service', name: 'Scar camouflage', description: expect.any(String) },
      priceSpecification: { '@type': 'PriceSpecification', priceCurrency: 'GBP', minPrice: 600, maxPrice: 1850 },
    })
    // The paused pattern-baldness course (up to £3,700 for Norwood 7) no longer sets the top of the range.
    expect(data.priceRange).toBe('£600–£3,350')
  })

  it('gets the price range but no treatment list when treatments are not populated', () => {
    const data = clinicJsonLd(demoClinic('london', { populated: false }), ORIGIN, {})
    expect(data.priceRange).toBe('£600–£3,700')
    expect(data).not.toHaveProperty('makesOffer')
  })

  it('never sees a "from" price lower than a price the clinic really charges', () => {
    const clinic = demoClinic('london')
    // Typed by hand below every stage price (the admin works these out on save; a stale row must not leak through).
    Object.assign(clinic.treatmentsOffered![0], { priceFrom: 99, priceTo: 99_999 })
    const data = clinicJsonLd(clinic, ORIGIN, {}) as JsonLdDocument & { makesOffer: { priceSpecification: { minPrice: number; maxPrice: number } }[] }
    const real = DEMO_CLINICS.find((c) => c.slug === 'london')!.stagePrices['smp-for-pattern-baldness']!
    expect(data.makesOffer[0].priceSpecification).toMatchObject({ minPrice: Math.min(...real.map((price) => price.priceFrom)), maxPrice: Math.max(...real.map((price) => price.priceTo!)) })
    expect(data.priceRange).toBe('£600–£3,700')
  })

  it('sees a clinic abroad in its own country and currency', () => {
    const clinic = Object.assign(demoClinic('london'), { country: 'ES', currency: 'EUR' })
    const data = clinicJsonLd(clinic, ORIGIN, {}) as JsonLdDocument & { address: { addressCountry: string }; makesOffer: { priceSpecification: { priceCurrency: string } }[] }
    expect(data.address.addressCountry).toBe('ES')
    expect(data.priceRange).toBe('€600–€3,700')
    expect(data.makesOffer.every((offer) => offer.priceSpecification.priceCurrency === 'EUR')).toBe(true)
  })

  it('gets no price range from a clinic that publishes no prices', () => {
    const clinic = demoClinic('london')
    for (const row of clinic.treatmentsOffered!) Object.assign(row, { priceFrom: null, priceTo: null, stagePrices: [] })
    const data = clinicJsonLd(clinic, ORIGIN, {}) as JsonLdDocument & { makesOffer: Record<string, unknown>[] }
    expect(data).not.toHaveProperty('priceRange')
    expect(data.makesOffer[0]).not.toHaveProperty('priceSpecification')
  })

  it('sees the logo and hero image when the page passes them', () => {
    const data = clinicJsonLd(demoClinic('london'), ORIGIN, { logoUrl: `${ORIGIN}/logo.png`, imageUrl: `${ORIGIN}/hero.jpg` })
    expect(data).toMatchObject({ logo: `${ORIGIN}/logo.png`, image: `${ORIGIN}/hero.jpg` })
  })

  it('reads the brand FAQs as questions with plain-text answers', () => {
    const faqs = DEMO_FAQS.filter((faq) => !faq.clinic)
    const data = faqPageJsonLd(faqs.map((faq) => ({ question: faq.question, answer: lexicalToPlainText(richText(...faq.answer)) })))
    const parsed = JSON.parse(scriptText(data).body)
    expect(parsed['@type']).toBe('FAQPage')
    expect(parsed.mainEntity).toHaveLength(faqs.length)
    expect(parsed.mainEntity[1]).toEqual({
      '@type': 'Question',
      name: 'Is SMP surgery?',
      acceptedAnswer: { '@type': 'Answer', text: faqs[1].answer.join('\n') },
    })
  })

  it('never sees a question whose answer has no text', () => {
    const data = faqPageJsonLd([{ question: 'Photo only?', answer: lexicalToPlainText(richText()) }])
    expect(data.mainEntity).toEqual([])
  })

  it('follows breadcrumbs numbered from 1, home first', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: `${ORIGIN}/` },
        { name: 'Treatments', url: `${ORIGIN}/treatments` },
        { name: 'Scar camouflage', url: `${ORIGIN}/treatments/scar-camouflage` },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${ORIGIN}/` },
        { '@type': 'ListItem', position: 2, name: 'Treatments', item: `${ORIGIN}/treatments` },
        { '@type': 'ListItem', position: 3, name: 'Scar camouflage', item: `${ORIGIN}/treatments/scar-camouflage` },
      ],
    })
  })
})

describe('the JSON-LD script', () => {
  it('round-trips the clinic exactly through the rendered markup', () => {
    const data = clinicJsonLd(demoClinic('london'), ORIGIN, { logoUrl: `${ORIGIN}/logo.png` })
    expect(JSON.parse(scriptText(data).body)).toEqual(data)
  })

  it('as a clinic editor, cannot break out of the script with a malicious question', () => {
    const question = '</script><script>alert(1)</script>'
    const answer = 'Fish & chips <!-- then\u2028a line separator\u2029and a paragraph separator'
    const { markup, body } = scriptText(faqPageJsonLd([{ question, answer }]))
    expect(markup.match(/<script/g)).toHaveLength(1)
    expect(markup.match(/<\/script>/g)).toHaveLength(1)
    expect(body).not.toMatch(/[<>&\u2028\u2029]/)
    expect(body).toContain('\\u003c/script\\u003e')
    const parsed = JSON.parse(body)
    expect(parsed.mainEntity[0].name).toBe(question)
    expect(parsed.mainEntity[0].acceptedAnswer.text).toBe(answer)
  })

  it('renders several documents as one array', () => {
    const documents = [breadcrumbJsonLd([{ name: 'Home', url: `${ORIGIN}/` }]), faqPageJsonLd([{ question: 'Q?', answer: 'A.' }])]
    expect(JSON.parse(scriptText(documents).body)).toEqual(documents)
  })
})

describe('plain text of rich text', () => {
  it('puts each block on its own line and keeps formatted runs of one sentence together', () => {
    const value = richText('## Aftercare', 'Keep it dry.', '- No swimming', '- No steam rooms')
    value.root.children[1] = {
      type: 'paragraph',
      version: 1,
      children: [
        { type: 'text', text: 'Keep it ', format: 0, version: 1 },
        { type: 'text', text: 'dry', format: 1, version: 1 },
        { type: 'text', text: ' for four days.', format: 0, version: 1 },
        { type: 'linebreak', version: 1 },
        { type: 'link', version: 1, children: [{ type: 'text', text: 'Read more', version: 1 }] },
      ],
    }
    value.root.children.push({ type: 'upload', version: 1, value: 1 })
    expect(lexicalToPlainText(value)).toBe('Aftercare\nKeep it dry for four days.\nRead more\nNo swimming\nNo steam rooms')
  })

  it('is empty for missing rich text', () => {
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText(undefined)).toBe('')
  })
})

describe('reviews and structured data', () => {
  // Search engines treat a business's ratings of itself on its own site as self-serving reviews: the
  // clinic's markup must never carry them, whatever its reviews page shows (docs/decisions/0020).
  it('gives every clinic no aggregateRating and no review markup', () => {
    for (const slug of DEMO_CLINICS.map((clinic) => clinic.slug)) {
      const text = JSON.stringify(scriptText(clinicJsonLd(demoClinic(slug), ORIGIN, { logoUrl: `${ORIGIN}/logo.png`, imageUrl: `${ORIGIN}/hero.jpg` })))
      expect(text).not.toMatch(/aggregateRating|"review"|ratingValue|reviewCount/i)
    }
  })
})
