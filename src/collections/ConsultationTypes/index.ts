import type { CollectionConfig } from 'payload'

import { anyone, brandTeam } from '@/access/basic'
import { refuseDeletingWithBookingsAhead } from '@/lib/booking/bookingsAhead'

import { revalidateConsultationTypes } from './hooks/revalidateConsultationTypes'

/**
 * The kinds of consultation the brand offers (in clinic, by video…), with their usual length and
 * the time kept free after each. Clinics choose which they offer, and may change both numbers
 * (Clinics → Booking).
 */
export const ConsultationTypes: CollectionConfig = {
  slug: 'consultation-types',
  labels: { singular: 'Consultation type', plural: 'Consultation types' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'durationMinutes', 'bufferMinutes'], group: 'Booking' },
  access: { read: anyone, create: brandTeam, update: brandTeam, delete: brandTeam },
  hooks: {
    ...revalidateConsultationTypes,
    beforeDelete: [
      refuseDeletingWithBookingsAhead({
        field: 'consultationType',
        nameOf: (doc) => `“${String(doc.name)}”`,
        instead: 'To take no new bookings of it meanwhile, ask the clinics to take it off their Booking tab.',
      }),
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, admin: { placeholder: 'In-clinic consultation' } },
    { name: 'description', type: 'textarea', maxLength: 400 },
    {
      type: 'row',
      fields: [
        { name: 'durationMinutes', label: 'Length (minutes)', type: 'number', required: true, min: 10, max: 240, defaultValue: 30 },
        {
          name: 'bufferMinutes',
          label: 'Kept free after (minutes)',
          type: 'number',
          required: true,
          min: 0,
          max: 120,
          defaultValue: 0,
          admin: { description: 'Time to tidy up and write notes before the next consultation.' },
        },
      ],
    },
  ],
}
