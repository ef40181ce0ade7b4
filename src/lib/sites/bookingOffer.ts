import type { BookingView } from '@/lib/booking/bookingSteps'
import { consultationInWords } from '@/lib/booking/bookingView'
import type { Clinic, TeamMember } from '@/payload-types'

/**
 * The first booking step as the cached booking page shows it: the consultations the clinic
 * offers and who takes them, from its cached content (no free times: those are read per request).
 * Nothing when the clinic takes no bookings online, and keeps to its request form.
 */
export const bookingOfferOf = (clinic: Clinic, team: TeamMember[]): BookingView | undefined => {
  const types = (clinic.consultationTypesOffered ?? []).flatMap(({ type, durationMinutes }) =>
    typeof type === 'object' ? [{ id: type.id, name: type.name, durationMinutes: durationMinutes ?? type.durationMinutes }] : [],
  )
  const practitioners = team.filter((member) => member.consults).map(({ id, name }) => ({ id, name }))
  return types.length > 0 && practitioners.length > 0 ? { types, practitioners, practitioner: 'any' } : undefined
}

/**
 * The booked time the thank-you page's query names, in words; nothing when it names no type
 * this clinic offers or no practitioner of its own (an address typed by hand says nothing booked).
 */
export const bookedInWords = (clinic: Clinic, team: TeamMember[], query: { booked?: string; type?: string; with?: string }): string | undefined => {
  const startsAt = query.booked && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(query.booked) ? Date.parse(query.booked) : Number.NaN
  const offer = bookingOfferOf(clinic, team)
  const type = offer?.types.find(({ id }) => String(id) === query.type)
  const practitioner = offer?.practitioners.find(({ id }) => String(id) === query.with)
  if (Number.isNaN(startsAt) || !type || !practitioner) return undefined
  return consultationInWords(clinic.timeZone, type, startsAt, [practitioner.name])
}
