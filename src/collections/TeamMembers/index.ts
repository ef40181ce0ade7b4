import type { CollectionConfig } from 'payload'

import { platformAdminsOrClinicOwners, platformAdminsOrOwners, publicOrClinicMembers } from '@/access/clinicRows'
import { openingHoursField } from '@/fields/openingHours'
import { refuseDeletingWithBookingsAhead } from '@/lib/booking/bookingsAhead'

import { revalidateTeam } from './hooks/revalidateTeam'

const workingHours = openingHoursField({
  name: 'workingHours',
  description: 'When this person takes consultations, in the clinic’s local time. Empty: the clinic’s opening hours. Holidays and extra hours: Booking → Time off and extra hours.',
})
const consultingHours = { ...workingHours, admin: { ...workingHours.admin, condition: (data: { consults?: boolean }) => Boolean(data?.consults) } }

/**
 * The practitioners and front-desk people shown on a clinic's About page. Those who consult are
 * the ones visitors book (docs/decisions/0017: one record per person, not a second list to keep).
 */
export const TeamMembers: CollectionConfig = {
  slug: 'team-members',
  labels: { singular: 'Team member', plural: 'Team' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'jobTitle', 'clinic', 'order'], group: 'Clinics' },
  defaultSort: 'order',
  access: {
    read: publicOrClinicMembers,
    create: platformAdminsOrOwners,
    update: platformAdminsOrClinicOwners,
    delete: platformAdminsOrClinicOwners,
  },
  hooks: {
    ...revalidateTeam,
    beforeDelete: [
      refuseDeletingWithBookingsAhead({
        field: 'practitioner',
        nameOf: (doc) => String(doc.name),
        instead: 'To take no new bookings meanwhile, untick “Takes consultation bookings”.',
      }),
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'jobTitle', type: 'text', required: true, admin: { placeholder: 'Lead SMP practitioner' } },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'bio', type: 'textarea', maxLength: 800 },
    { name: 'qualifications', type: 'text', admin: { description: 'e.g. Level 3 Award in Micropigmentation' } },
    { name: 'order', type: 'number', defaultValue: 10, admin: { position: 'sidebar' } },
    {
      name: 'consults',
      label: 'Takes consultation bookings',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    consultingHours,
  ],
}
