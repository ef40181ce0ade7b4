import type { Payload, PayloadRequest } from 'payload'

import { idOf, populated } from '@/lib/relationships'
import type { ConsultationType, Lead } from '@/payload-types'

import type { AvailabilityException, WeeklyHours } from './availability'
import { addDays, type CalendarDate } from './calendarDate'
import type { BookingStatus } from './statuses'
import { instantOf } from './zonedTime'

type User = NonNullable<PayloadRequest['user']>

export type CalendarPractitioner = { id: number; name: string; workingHours: WeeklyHours | null }
export type CalendarBooking = {
  id: number
  practitioner: number | null
  start: number
  end: number
  status: BookingStatus
  typeName: string
  /** The visitor's first name: enough to greet them, no more on a screen others may see. */
  firstName: string | null
  lead: number | null
}
export type CalendarTimeOff = AvailabilityException & { id: number; note: string | null }

/** One clinic's days as its people see them in the admin: read with the signed-in person's own access. */
export type AdminCalendar = {
  clinic: { id: number; name: string; timeZone: string; openingHours: WeeklyHours }
  days: CalendarDate[]
  practitioners: CalendarPractitioner[]
  bookings: CalendarBooking[]
  timeOff: CalendarTimeOff[]
}

const firstNameOf = (name: string | null | undefined) => (name ? name.trim().split(/\s+/)[0] ?? null : null)

/**
 * The clinic's bookings, consulting practitioners and time off over `days` (consecutive calendar
 * days), each read through the Local API as `user` (`overrideAccess: false`): what the person may
 * not read is simply not there, and a clinic they may not read gives `undefined`.
 */
export const readAdminCalendar = async (payload: Payload, user: User, clinicId: number, days: CalendarDate[]): Promise<AdminCalendar | undefined> => {
  const asUser = { user, overrideAccess: false, depth: 0 } as const
  const clinic = await payload.findByID({ collection: 'clinics', id: clinicId, select: { name: true, timeZone: true, openingHours: true }, disableErrors: true, ...asUser })
  if (!clinic) return undefined
  const first = days[0]!
  const last = days.at(-1)!
  const from = instantOf(clinic.timeZone, first, 0)
  const until = instantOf(clinic.timeZone, addDays(last, 1), 0)

  const [people, bookings, exceptions] = await Promise.all([
    payload.find({ collection: 'team-members', where: { clinic: { equals: clinicId } }, select: { name: true, consults: true, workingHours: true }, sort: 'order', pagination: false, ...asUser }),
    payload.find({
      collection: 'bookings',
      where: { and: [{ clinic: { equals: clinicId } }, { startsAt: { greater_than_equal: new Date(from).toISOString() } }, { startsAt: { less_than: new Date(until).toISOString() } }] },
      sort: 'startsAt',
      pagination: false,
      ...asUser,
      depth: 1,
      // The lead's clinic too: its name is readable only by that clinic's people, decided per document.
      populate: { leads: { name: true, clinic: true }, 'consultation-types': { name: true } },
    }),
    payload.find({
      collection: 'availability-exceptions',
      where: { and: [{ clinic: { equals: clinicId } }, { startsOn: { less_than_equal: last } }, { or: [{ startsOn: { greater_than_equal: first } }, { endsOn: { greater_than_equal: first } }] }] },
      pagination: false,
      ...asUser,
    }),
  ])

  const booked = new Set(bookings.docs.map((booking) => idOf(booking.practitioner)))
  return {
    clinic: { id: clinicId, name: clinic.name, timeZone: clinic.timeZone, openingHours: (clinic.openingHours ?? []) as WeeklyHours },
    days,
    // Those who consult, and anyone who has stopped but still has bookings on these days.
    practitioners: people.docs
      .filter((person) => person.consults || booked.has(person.id))
      .map((person) => ({ id: person.id, name: person.name, workingHours: person.workingHours?.length ? (person.workingHours as WeeklyHours) : null })),
    bookings: bookings.docs.map((booking) => {
      const lead = populated(booking.lead as Lead | number | null)
      return {
        id: booking.id,
        practitioner: idOf(booking.practitioner) ?? null,
        start: Date.parse(booking.startsAt),
        end: Date.parse(booking.endsAt),
        status: booking.status,
        typeName: populated(booking.consultationType as ConsultationType | number | null)?.name ?? 'Consultation',
        firstName: firstNameOf(lead?.name),
        lead: idOf(booking.lead) ?? null,
      }
    }),
    timeOff: exceptions.docs.map((row) => ({
      id: row.id,
      practitioner: idOf(row.practitioner) ?? null,
      kind: row.kind,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      opens: row.opens,
      closes: row.closes,
      note: row.note ?? null,
    })),
  }
}
