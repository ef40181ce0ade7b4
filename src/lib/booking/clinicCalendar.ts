import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { AvailabilityException, AvailabilityQuery, HeldTime, Practitioner, WeeklyHours } from './availability'
import { calendarQuery } from './calendarQuery'

/** A consultation type as one clinic offers it: the brand's, with the clinic's own length and buffer where it set them. */
export type OfferedType = { id: number; name: string; durationMinutes: number; bufferMinutes: number }

/** Everything free times are worked out from, for one clinic, read at one moment. */
export type ClinicCalendar = {
  clinicId: number
  timeZone: string
  clinicHours: WeeklyHours
  types: OfferedType[]
  practitioners: (Practitioner & { name: string })[]
  exceptions: AvailabilityException[]
  held: HeldTime[]
}

const DAY = 24 * 60 * 60_000

/**
 * The clinic's zone, hours, offered types, consulting practitioners, exceptions and the time its
 * bookings hold from `now` on, in one statement on the primary (`calendarQuery`). Read per request,
 * never cached: a booking made a moment ago counts.
 */
export const readClinicCalendar = async (payload: Payload, clinicId: number, now: number): Promise<ClinicCalendar | undefined> => {
  // Exceptions that ended two days ago or more are over in every zone.
  const fromDay = new Date(now - 2 * DAY).toISOString().slice(0, 10)
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute<Omit<ClinicCalendar, 'clinicId'>>(calendarQuery(clinicId, new Date(now), fromDay))
  const row = rows[0]
  if (!row) return undefined
  return { clinicId, ...row, held: row.held.map((time) => ({ practitioner: time.practitioner, start: Number(time.start), end: Number(time.end) })) }
}

/** The question "when is this type free?" of a calendar, for one practitioner or any of them. */
export const availabilityQuery = (calendar: ClinicCalendar, type: OfferedType, now: number, practitioner?: number): AvailabilityQuery => ({
  timeZone: calendar.timeZone,
  clinicHours: calendar.clinicHours,
  practitioners: practitioner === undefined ? calendar.practitioners : calendar.practitioners.filter((person) => person.id === practitioner),
  exceptions: calendar.exceptions,
  held: calendar.held,
  durationMinutes: type.durationMinutes,
  bufferMinutes: type.bufferMinutes,
  now,
})
