/** A booking's life. Every status but "cancelled" holds the practitioner's time (the database's exclusion constraint). */
export const BOOKING_STATUSES = [
  { label: 'Booked', value: 'booked' },
  { label: 'Cancelled', value: 'cancelled' },
  { label: 'Attended', value: 'attended' },
  { label: 'No-show', value: 'noShow' },
] as const

export type BookingStatus = (typeof BOOKING_STATUSES)[number]['value']
