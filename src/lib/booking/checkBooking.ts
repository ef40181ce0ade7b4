import { BOOKING_DEFAULTS, type FreeTime } from './availability'
import type { BookingChoice, BookingFieldErrors } from './bookingForm'
import { availabilityQuery, type ClinicCalendar, type OfferedType } from './clinicCalendar'
import { freeTimes, nearestFreeTimes } from './freeTimes'

const MINUTE = 60_000

/** A time that can be booked: the type, and the practitioners free then, in the order to try them. */
export type BookingPlan = { type: OfferedType; startsAt: number; practitioners: number[] }

export type BookingRefusal =
  | { kind: 'invalid'; errors: BookingFieldErrors }
  | { kind: 'taken'; nearest: FreeTime[] }

/** The free times nearest a wanted one, for this type and practitioner choice. */
export const nearestTo = (calendar: ClinicCalendar, type: OfferedType, choice: BookingChoice, now: number): FreeTime[] =>
  nearestFreeTimes(freeTimes(availabilityQuery(calendar, type, now, choice.practitioner === 'any' ? undefined : choice.practitioner)), choice.startsAt)

/**
 * Whether the clinic can take this booking now, from its calendar as read a moment ago. A time
 * free here can still be taken by someone else before it is stored: the database decides that.
 */
export const checkBooking = (calendar: ClinicCalendar, choice: BookingChoice, now: number): { ok: true; plan: BookingPlan } | { ok: false; refusal: BookingRefusal } => {
  const invalid = (errors: BookingFieldErrors) => ({ ok: false as const, refusal: { kind: 'invalid' as const, errors } })
  const type = calendar.types.find((offered) => offered.id === choice.consultationType)
  if (!type) return invalid({ consultationType: 'This clinic does not offer that consultation. Choose one of those shown.' })
  const practitioner = choice.practitioner === 'any' ? undefined : choice.practitioner
  if (practitioner !== undefined && !calendar.practitioners.some((person) => person.id === practitioner)) {
    return invalid({ practitioner: 'That is not one of this clinic’s practitioners. Choose one of those shown, or anyone.' })
  }
  if (choice.startsAt <= now) return invalid({ startsAt: 'That time has passed. Choose one of the times shown.' })
  if (choice.startsAt < now + BOOKING_DEFAULTS.noticeMinutes * MINUTE) {
    return invalid({ startsAt: `Consultations are booked at least ${BOOKING_DEFAULTS.noticeMinutes / 60} hours ahead. Choose a later time, or call us.` })
  }
  if (choice.startsAt >= now + BOOKING_DEFAULTS.horizonDays * 24 * 60 * MINUTE) {
    return invalid({ startsAt: `Consultations are booked up to ${BOOKING_DEFAULTS.horizonDays / 7} weeks ahead. Choose an earlier time.` })
  }
  const query = availabilityQuery(calendar, type, now, practitioner)
  const free = freeTimes(query).find((time) => time.startsAt === choice.startsAt)
  if (free) return { ok: true, plan: { type, startsAt: choice.startsAt, practitioners: free.practitioners } }
  // Free but for other bookings: taken. Otherwise it was never a time this clinic offers.
  const offered = freeTimes({ ...query, held: [] }).some((time) => time.startsAt === choice.startsAt)
  if (offered) return { ok: false, refusal: { kind: 'taken', nearest: nearestTo(calendar, type, choice, now) } }
  return invalid({ startsAt: 'That is not a time this clinic offers for this consultation. Choose one of the times shown.' })
}
