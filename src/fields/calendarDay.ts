import type { TextField } from 'payload'

import { isCalendarDate } from '@/lib/booking/calendarDate'

/**
 * A day on the clinic's calendar (`2027-03-29`), not an instant: a holiday is the same day
 * whatever the zone of the person reading it, so it is kept as text and read in the clinic's zone.
 */
export const calendarDayField = ({ name, required, description }: { name: string; required: boolean; description?: string }): TextField => ({
  name,
  type: 'text',
  required,
  admin: { placeholder: '2027-03-29', ...(description ? { description } : {}) },
  validate: (value: unknown) => (value == null || value === '' ? (required ? 'Give a day, e.g. 2027-03-29.' : true) : isCalendarDate(value) ? true : 'Give a real day as YYYY-MM-DD, e.g. 2027-03-29.'),
})
