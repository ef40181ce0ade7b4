import type { ArrayField } from 'payload'

import { stagePricesField } from '@/fields/stagePrices'
import { idOf, type Related } from '@/lib/relationships'
import type { Treatment } from '@/payload-types'

type Offer = { treatment?: Related; priceFrom?: number | null; priceTo?: number | null }

/**
 * The clinic's local menu: which brand treatments it offers, at what local price, with the clinic's
 * own words around the brand's. The treatment's text itself stays the brand's, in one place: a
 * brand edit shows on every clinic's page, around each clinic's own intro and note.
 */
export const treatmentsOfferedField = (): ArrayField => ({
  name: 'treatmentsOffered',
  type: 'array',
  labels: { singular: 'Treatment offered', plural: 'Treatments offered' },
  admin: {
    description:
      'Brand treatments this clinic offers. The treatment text, pictures and FAQs are the brand’s (edited by brand marketing); the price, availability, intro and note below are yours.',
  },
  fields: [
    { name: 'treatment', type: 'relationship', relationTo: 'treatments', required: true },
    {
      type: 'row',
      fields: [
        { name: 'priceFrom', type: 'number', min: 0, admin: { step: 10, description: 'Set from your stage prices when you have any.' } },
        { name: 'priceTo', type: 'number', min: 0, admin: { step: 10 } },
        {
          name: 'availability',
          type: 'select',
          required: true,
          defaultValue: 'available',
          options: [
            { label: 'Available', value: 'available' },
            { label: 'Waiting list', value: 'waitingList' },
            { label: 'Paused', value: 'paused' },
          ],
        },
      ],
    },
    stagePricesField({
      name: 'stagePrices',
      description:
        'Your price and usual number of sessions for each stage of hair loss you treat; a new treatment starts with the brand’s proposal. Your "price from/to" above are worked out from these, so they are always prices you really charge.',
      scaleOf: async ({ siblingData, req }) => {
        const treatment = idOf((siblingData as { treatment?: Related }).treatment)
        if (treatment === undefined) return undefined
        const found = (await req.payload.findByID({ collection: 'treatments', id: treatment, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })) as Treatment | null
        return found?.stageScale
      },
    }),
    {
      name: 'localIntro',
      label: 'Your intro',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'Yours: shown above the brand’s text on your treatment page, e.g. who does it here and when.' },
    },
    { name: 'localNote', label: 'Your note', type: 'textarea', maxLength: 500, admin: { description: 'Yours: shown under the brand’s text.' } },
  ],
  validate: (rows: unknown) => {
    const offers = (rows ?? []) as Offer[]
    const seen = new Set<number>()
    for (const [index, offer] of offers.entries()) {
      const id = idOf(offer.treatment)
      if (id !== undefined && seen.has(id)) return `Row ${index + 1}: this treatment is already listed.`
      if (id !== undefined) seen.add(id)
      if (offer.priceFrom != null && offer.priceTo != null && offer.priceFrom > offer.priceTo)
        return `Row ${index + 1}: "price from" must not be higher than "price to".`
    }
    return true
  },
})
