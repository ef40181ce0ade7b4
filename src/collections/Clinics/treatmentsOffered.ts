import type { ArrayField } from 'payload'

type Offer = { treatment?: number | { id: number }; priceFrom?: number | null; priceTo?: number | null }

/** The clinic's local menu: which brand treatments it offers, at what local price. */
export const treatmentsOfferedField = (): ArrayField => ({
  name: 'treatmentsOffered',
  type: 'array',
  labels: { singular: 'Treatment offered', plural: 'Treatments offered' },
  admin: { description: 'Brand treatments this clinic offers, with local prices in pounds.' },
  fields: [
    { name: 'treatment', type: 'relationship', relationTo: 'treatments', required: true },
    {
      type: 'row',
      fields: [
        { name: 'priceFrom', type: 'number', min: 0, admin: { step: 10 } },
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
    { name: 'localNote', type: 'textarea', maxLength: 500, admin: { description: 'Shown under the brand text.' } },
  ],
  validate: (rows: unknown) => {
    const offers = (rows ?? []) as Offer[]
    const seen = new Set<number>()
    for (const [index, offer] of offers.entries()) {
      const id = typeof offer.treatment === 'object' ? offer.treatment?.id : offer.treatment
      if (id !== undefined && seen.has(id)) return `Row ${index + 1}: this treatment is already listed.`
      if (id !== undefined) seen.add(id)
      if (offer.priceFrom != null && offer.priceTo != null && offer.priceFrom > offer.priceTo)
        return `Row ${index + 1}: "price from" must not be higher than "price to".`
    }
    return true
  },
})
