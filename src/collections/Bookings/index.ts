import type { CollectionConfig } from 'payload'

import { nobody, systemKept } from '@/access/basic'
import { platformAdminsOrClinicMembers, platformAdminsOrClinicOwners } from '@/access/clinicRows'
import { practitionerField } from '@/fields/practitioner'
import { BOOKING_STATUSES } from '@/lib/booking/statuses'

import { bookingCounts } from './endpoints/bookingCounts'
import { keepCancelledCancelled } from './hooks/keepCancelledCancelled'
import { moveLeadStatus } from './hooks/moveLeadStatus'
import { outcomeOnceStarted } from './hooks/outcomeOnceStarted'

/** Written only by the booking itself (src/lib/booking/insertBooking.ts); moving a booking is its own flow. */
const systemField = { create: systemKept, update: systemKept }

const instant = { date: { pickerAppearance: 'dayAndTime' as const }, readOnly: true }

/**
 * Consultations booked on a clinic's site: personal data like the lead each one belongs to, so
 * only the clinic's people (and platform admins) see them; brand marketing does not. PostgreSQL
 * itself refuses two held times of one practitioner that overlap (docs/decisions/0017).
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  admin: { useAsTitle: 'startsAt', defaultColumns: ['startsAt', 'practitioner', 'consultationType', 'status'], group: 'Booking' },
  defaultSort: 'startsAt',
  access: { read: platformAdminsOrClinicMembers, create: nobody, update: platformAdminsOrClinicMembers, delete: platformAdminsOrClinicOwners },
  hooks: { beforeChange: [keepCancelledCancelled, outcomeOnceStarted], afterChange: [moveLeadStatus] },
  endpoints: [bookingCounts],
  // Type and practitioner are empty only on a past or cancelled booking whose type or practitioner was
  // deleted since (bookings still to come refuse that: src/lib/booking/bookingsAhead.ts): its history stays.
  fields: [
    { name: 'consultationType', type: 'relationship', relationTo: 'consultation-types', access: systemField, admin: { readOnly: true } },
    { ...practitionerField({ required: false }), access: systemField, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, index: true, access: systemField, admin: instant },
        { name: 'endsAt', type: 'date', required: true, access: systemField, admin: instant },
      ],
    },
    {
      // The end plus the type's buffer: the span the exclusion constraint keeps for this booking alone.
      name: 'heldUntil',
      type: 'date',
      required: true,
      access: systemField,
      admin: { ...instant, description: 'The end plus the time kept free after it.' },
    },
    { name: 'status', type: 'select', required: true, defaultValue: 'booked', index: true, options: [...BOOKING_STATUSES], admin: { position: 'sidebar' } },
    { name: 'lead', type: 'relationship', relationTo: 'leads', access: systemField, admin: { position: 'sidebar', readOnly: true } },
  ],
}
