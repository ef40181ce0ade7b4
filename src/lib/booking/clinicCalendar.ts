import type { Payload } from 'payload'

import { idOf, populated } from '@/lib/relationships'
import type { ConsultationType } from '@/payload-types'

import type { AvailabilityException, AvailabilityQuery, HeldTime, Practitioner, WeeklyHours } from './availability'

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

const everything = { depth: 0, overrideAccess: true, pagination: false } as const

/**
 * The clinic's zone, hours, offered types, consulting practitioners, exceptions and the time its
 * bookings hold from `now` on. Read per request, never cached: a booking made a moment ago counts.
 */
export const readClinicCalendar = async (payload: Payload, clinicId: number, now: number): Promise<ClinicCalendar | undefined> => {
  const clinic = await payload
    .findByID({ collection: 'clinics', id: clinicId, depth: 1, overrideAccess: true, select: { timeZone: true, openingHours: true, consultationTypesOffered: true }, disableErrors: true })
    .catch(() => null)
  if (!clinic) return undefined
  const [team, exceptions, bookings] = await Promise.all([
    payload.find({ collection: 'team-members', where: { and: [{ clinic: { equals: clinicId } }, { consults: { equals: true } }] }, select: { name: true, workingHours: true }, sort: 'order', ...everything }),
    payload.find({ collection: 'availability-exceptions', where: { clinic: { equals: clinicId } }, ...everything }),
    payload.find({
      collection: 'bookings',
      where: { and: [{ clinic: { equals: clinicId } }, { status: { not_equals: 'cancelled' } }, { heldUntil: { greater_than: new Date(now).toISOString() } }] },
      select: { practitioner: true, startsAt: true, heldUntil: true },
      ...everything,
    }),
  ])
  return {
    clinicId,
    timeZone: clinic.timeZone,
    clinicHours: clinic.openingHours ?? [],
    types: (clinic.consultationTypesOffered ?? []).flatMap((offer) => {
      const type = populated<ConsultationType>(offer.type)
      if (!type) return []
      return [{ id: type.id, name: type.name, durationMinutes: offer.durationMinutes ?? type.durationMinutes, bufferMinutes: offer.bufferMinutes ?? type.bufferMinutes }]
    }),
    practitioners: team.docs.map((member) => ({ id: member.id, name: member.name, workingHours: member.workingHours })),
    exceptions: exceptions.docs.map((exception) => ({
      practitioner: idOf(exception.practitioner) ?? null,
      kind: exception.kind,
      startsOn: exception.startsOn,
      endsOn: exception.endsOn,
      opens: exception.opens,
      closes: exception.closes,
    })),
    held: bookings.docs.map((booking) => ({ practitioner: idOf(booking.practitioner)!, start: Date.parse(booking.startsAt), end: Date.parse(booking.heldUntil) })),
  }
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
