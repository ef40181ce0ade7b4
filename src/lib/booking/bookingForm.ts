/** The booking's fields on the consultation form, beside the lead's own (src/lib/leads/schema.ts). */
export const BOOKING_FORM_FIELDS = { consultationType: 'consultationType', practitioner: 'practitioner', startsAt: 'startsAt' } as const

export type BookingField = keyof typeof BOOKING_FORM_FIELDS

export const BOOKING_FIELD_LABELS: Record<BookingField, string> = { consultationType: 'Consultation', practitioner: 'Practitioner', startsAt: 'Time' }

/** What the visitor chose, as sent: the practitioner is a team member's id or "any". */
export type BookingChoice = { consultationType: number; practitioner: number | 'any'; startsAt: number }

export type BookingFieldErrors = Partial<Record<BookingField, string>>

// An instant names its offset (Z or ±hh:mm): a bare "10:00" would be read in the server's zone, not the clinic's.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

const wholeNumber = (value: string | null) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined)

/**
 * The booking the form asks for, or what is wrong with it field by field; `undefined` when the form
 * asks for no time at all (a consultation request, as before booking).
 */
export const readBookingChoice = (text: (name: string) => string | null): { ok: true; choice: BookingChoice } | { ok: false; errors: BookingFieldErrors } | undefined => {
  const raw = { consultationType: text(BOOKING_FORM_FIELDS.consultationType), practitioner: text(BOOKING_FORM_FIELDS.practitioner), startsAt: text(BOOKING_FORM_FIELDS.startsAt) }
  if (!raw.startsAt && !raw.consultationType && !raw.practitioner) return undefined
  const errors: BookingFieldErrors = {}
  const consultationType = wholeNumber(raw.consultationType)
  if (consultationType === undefined) errors.consultationType = 'Choose a consultation.'
  const practitioner = !raw.practitioner || raw.practitioner === 'any' ? 'any' : wholeNumber(raw.practitioner)
  if (practitioner === undefined) errors.practitioner = 'Choose a practitioner, or anyone.'
  const startsAt = raw.startsAt && INSTANT.test(raw.startsAt) ? Date.parse(raw.startsAt) : Number.NaN
  if (Number.isNaN(startsAt)) errors.startsAt = 'Choose one of the times shown.'
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, choice: { consultationType: consultationType!, practitioner: practitioner!, startsAt } }
}
