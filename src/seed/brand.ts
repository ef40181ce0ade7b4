import type { Payload } from 'payload'

import { DEMO_FAQS } from './data/faqs'
import { DEMO_TREATMENTS, proposedStagePrices } from './data/treatments'
import { renderHeroImage } from './images'
import { ensureImage } from './media'
import { richText } from './richText'
import { upsert } from './upsert'

/** Brand settings, legal texts, brand-wide FAQs and the treatments; returns treatment ids by slug. */
export const seedBrand = async (payload: Payload): Promise<Map<string, number>> => {
  await payload.updateGlobal({
    slug: 'brand-settings',
    overrideAccess: true,
    data: {
      brandName: 'Stipple',
      tagline: 'Scalp micro-pigmentation clinics across the UK',
      supportEmail: 'hello@stipple.example',
    },
  })
  await payload.updateGlobal({
    slug: 'legal-texts',
    overrideAccess: true,
    data: {
      privacyNotice: richText(
        '## How we use your details',
        'When you ask for a consultation, the clinic you contact receives your name, contact details and what you tell us about your hair loss. It uses them only to answer your request and arrange your consultation.',
        'Your request is kept for as long as the clinic’s retention period (two years unless the clinic says otherwise) and then anonymised. You can ask the clinic at any time to see, correct or erase it.',
        'We send marketing only if you tick the separate box for it, and you can stop it at any time.',
      ),
      leadConsentText: 'I agree that this clinic may use my details to answer my consultation request, as described in the privacy notice.',
    },
  })

  const brandFaqIds: number[] = []
  for (const faq of DEMO_FAQS.filter((f) => !f.clinic)) {
    brandFaqIds.push(
      await upsert(payload, 'faqs', { and: [{ question: { equals: faq.question } }, { clinic: { exists: false } }] }, {
        question: faq.question,
        answer: richText(...faq.answer),
        category: faq.category,
        order: faq.order,
        _status: 'published',
      }),
    )
  }

  const treatments = new Map<string, number>()
  for (const [index, treatment] of DEMO_TREATMENTS.entries()) {
    const heroImage = await ensureImage(payload, {
      name: `treatment-${treatment.slug}.jpg`,
      alt: `Abstract stippled pattern illustrating ${treatment.title.toLowerCase()}`,
      render: () => renderHeroImage({ seed: 500 + index, primary: '#1f3a5f', accent: '#b5651d' }),
    })
    const id = await upsert(payload, 'treatments', { slug: { equals: treatment.slug } }, {
      title: treatment.title,
      slug: treatment.slug,
      summary: treatment.summary,
      heroImage,
      body: richText(...treatment.body),
      aftercare: richText(...treatment.aftercare.map((line) => `- ${line}`)),
      sessionsMin: treatment.sessionsMin,
      sessionsMax: treatment.sessionsMax,
      sessionLength: treatment.sessionLength,
      suitableFor: treatment.suitableFor,
      norwoodStages: treatment.norwoodStages as never,
      stageScale: treatment.stagePrices?.scale,
      stagePriceProposals: proposedStagePrices(treatment),
      relatedFaqs: brandFaqIds.slice(0, 4),
      _status: 'published',
    })
    treatments.set(treatment.slug, id)
  }
  return treatments
}
