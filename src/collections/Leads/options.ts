/* The choices of a lead's select fields, shared by the collection, the CSV export and the dashboard. */

export const LEAD_STATUSES = [
  { label: 'New', value: 'new' },
  { label: 'Contacted', value: 'contacted' },
  { label: 'Consultation booked', value: 'consultationBooked' },
  { label: 'Treated', value: 'treated' },
  { label: 'Lost', value: 'lost' },
  { label: 'Spam', value: 'spam' },
] as const

export const PREFERRED_CONTACTS = [
  { label: 'Phone call', value: 'phone' },
  { label: 'E-mail', value: 'email' },
  { label: 'WhatsApp', value: 'whatsapp' },
] as const

export const PREFERRED_TIMES = [
  { label: 'Any time', value: 'any' },
  { label: 'Morning', value: 'morning' },
  { label: 'Afternoon', value: 'afternoon' },
  { label: 'Evening', value: 'evening' },
] as const

/** Statuses that mean the lead became a client (or is about to): what "converted" counts. */
export const CONVERTED_STATUSES = ['consultationBooked', 'treated'] as const

/** The label a person reads for a stored option value; the value itself when it is no known option. */
export const labelOf = (options: readonly { label: string; value: string }[], value: string | null | undefined): string =>
  value ? (options.find((option) => option.value === value)?.label ?? value) : ''
