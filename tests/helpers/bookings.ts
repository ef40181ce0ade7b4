import type { Payload } from 'payload'

import type { FreeTime } from '@/lib/booking/availability'
import { availabilityQuery, readClinicCalendar } from '@/lib/booking/clinicCalendar'
import { freeTimes } from '@/lib/booking/freeTimes'

/* A clinic's booking calendar as the booking tests aim at it: its types, practitioners and free times now. */

export const calendarOf = async (payload: Payload, clinicId: number) => {
  const now = Date.now()
  const calendar = (await readClinicCalendar(payload, clinicId, now))!
  const typeNamed = (name: string) => calendar.types.find((type) => type.name === name)!
  const practitionerNamed = (name: string) => calendar.practitioners.find((person) => person.name === name)!.id
  /** Free times of a type, for one practitioner or anyone, as of this moment. */
  const free = async (typeName: string, practitioner?: number): Promise<FreeTime[]> => {
    const fresh = (await readClinicCalendar(payload, clinicId, Date.now()))!
    return freeTimes(availabilityQuery(fresh, typeNamed(typeName), Date.now(), practitioner))
  }
  return { calendar, typeNamed, practitionerNamed, free }
}

/** The booking fields of the consultation form for a free time. */
export const bookingFields = (type: number, practitioner: number | 'any', startsAt: number | string) => ({
  consultationType: String(type),
  practitioner: String(practitioner),
  startsAt: typeof startsAt === 'number' ? new Date(startsAt).toISOString() : startsAt,
})

/** Bookings held at an instant (any status but cancelled), read without access rules. */
export const bookingsAt = async (payload: Payload, clinicId: number, startsAt: number) =>
  (
    await payload.find({
      collection: 'bookings',
      where: { and: [{ clinic: { equals: clinicId } }, { startsAt: { equals: new Date(startsAt).toISOString() } }, { status: { not_equals: 'cancelled' } }] },
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
  ).docs
