import type { ArrayField } from 'payload'

import { idOf, type Related } from '@/lib/relationships'

type Offer = { type?: Related }

/**
 * Which of the brand's consultation types this clinic offers on its booking page, each with the
 * brand's length and buffer unless the clinic sets its own.
 */
export const consultationTypesOfferedField = (): ArrayField => ({
  name: 'consultationTypesOffered',
  label: 'Consultations offered',
  type: 'array',
  labels: { singular: 'Consultation offered', plural: 'Consultations offered' },
  admin: { description: 'The consultation types visitors can book here. Leave a length or buffer empty to use the brand’s.' },
  fields: [
    { name: 'type', type: 'relationship', relationTo: 'consultation-types', required: true },
    {
      type: 'row',
      fields: [
        { name: 'durationMinutes', label: 'Your length (minutes)', type: 'number', min: 10, max: 240 },
        { name: 'bufferMinutes', label: 'Your buffer after (minutes)', type: 'number', min: 0, max: 120 },
      ],
    },
  ],
  validate: (rows: unknown) => {
    const seen = new Set<number>()
    for (const [index, offer] of ((rows ?? []) as Offer[]).entries()) {
      const id = idOf(offer.type)
      if (id !== undefined && seen.has(id)) return `Row ${index + 1}: this consultation type is already listed.`
      if (id !== undefined) seen.add(id)
    }
    return true
  },
})
