import type { Payload } from 'payload'

import { richText } from './richText'
import { upsert } from './upsert'

/** One custom page per clinic, built from blocks, to show owners what they can compose. */
export const seedPages = async (payload: Payload, clinics: Map<string, number>) => {
  for (const [slug, clinic] of clinics) {
    await upsert(payload, 'pages', { and: [{ slug: { equals: 'open-evening' } }, { clinic: { equals: clinic } }] }, {
      title: 'Open evening',
      slug: 'open-evening',
      clinic,
      layout: [
        { blockType: 'hero', heading: 'Come to our open evening', text: 'Meet the practitioners, see the pigments and ask anything — no appointment needed.' },
        { blockType: 'richText', content: richText('Every first Thursday of the month, 6 pm to 8 pm. Light refreshments; partners welcome.') },
        { blockType: 'resultsGallery', heading: 'Results from this studio', limit: 3 },
        { blockType: 'faqList', heading: 'Good to know', category: 'booking', limit: 4 },
        { blockType: 'leadForm', heading: 'Or book a private consultation' },
      ],
      seo: { metaDescription: `Open evening at the ${slug} studio: meet the team and see how scalp micro-pigmentation works.` },
      _status: 'published',
    })
  }
}
