/* The choices of a lead's select fields, shared by the collection, the CSV export and the dashboard. */

export const LEAD_STATUSES = [
  { label: 'New', value: 'new' },
  { label: 'Contacted', value: 'contacted' },
  { label: 'Consultation booked', value: 'consultationBooked' },
  // Set from the booking (src/lib/booking/leadStatusOfBooking.ts): the clinic met them, or they did not come.
  { label: 'Consultation held', value: 'consultationHeld' },
  { label: 'Missed consultation', value: 'consultationMissed' },
  { label: 'Treated', value: 'treated' },
  { label: 'Lost', value: 'lost' },
  { label: 'Spam', value: 'spam' },
] as const

// The form's own choices (src/lib/leads/schema.ts): one list for the form, the collection and the export.
export { CONTACT_METHODS as PREFERRED_CONTACTS, CONTACT_TIMES as PREFERRED_TIMES } from './schema'

/** Statuses that mean the lead became a client (or is about to): what "converted" counts. */
export const CONVERTED_STATUSES = ['consultationBooked', 'consultationHeld', 'treated'] as const

export type LeadStatus = (typeof LEAD_STATUSES)[number]['value']

/** The label a person reads for a stored option value; the value itself when it is no known option. */
export const labelOf = (options: readonly { label: string; value: string }[], value: string | null | undefined): string =>
  value ? (options.find((option) => option.value === value)?.label ?? value) : ''
