import type { CollectionConfig } from 'payload'

import { platformAdminsOrClinicMembers, platformAdminsOrClinicPeople } from '@/access/clinicRows'
import { calendarDayField } from '@/fields/calendarDay'
import { practitionerField } from '@/fields/practitioner'

import { checkExceptionTimes } from './hooks/checkExceptionTimes'

/**
 * Changes to a clinic's usual week, in its local time: days or hours closed (a bank holiday, a
 * practitioner's leave) and one-off extra hours. Free times are worked out from them at once.
 */
export const AvailabilityExceptions: CollectionConfig = {
  slug: 'availability-exceptions',
  labels: { singular: 'Time off or extra hours', plural: 'Time off and extra hours' },
  admin: { useAsTitle: 'note', defaultColumns: ['kind', 'startsOn', 'endsOn', 'practitioner', 'note'], group: 'Booking' },
  defaultSort: '-startsOn',
  access: {
    read: platformAdminsOrClinicMembers,
    create: platformAdminsOrClinicPeople,
    update: platformAdminsOrClinicMembers,
    delete: platformAdminsOrClinicMembers,
  },
  hooks: { beforeValidate: [checkExceptionTimes] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'closed',
      options: [
        { label: 'Closed (no bookings)', value: 'closed' },
        { label: 'Extra hours', value: 'extraHours' },
      ],
    },
    practitionerField({ required: false, description: 'Leave empty for the whole clinic.' }),
    {
      type: 'row',
      fields: [
        calendarDayField({ name: 'startsOn', required: true }),
        calendarDayField({ name: 'endsOn', required: false, description: 'The last day, included; empty for one day.' }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'opens', label: 'From', type: 'text', admin: { placeholder: '13:00', description: 'Empty (closures only): the whole day.' } },
        { name: 'closes', label: 'Until', type: 'text', admin: { placeholder: '17:00' } },
      ],
    },
    { name: 'note', type: 'text', maxLength: 120, admin: { placeholder: 'Bank holiday' } },
  ],
}
