import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { availabilityQuery, readClinicCalendar } from '@/lib/booking/clinicCalendar'
import { freeTimes } from '@/lib/booking/freeTimes'
import { wallClockOf } from '@/lib/booking/zonedTime'
import { DEMO_CLINICS } from '@/seed/data/clinics'
import { DEMO_TEAM } from '@/seed/data/team'

import { loadSeed, removeRows, type Seed, throwaway } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * A clinic's booking calendar as one statement reads it from PostgreSQL, held against the seed:
 * its hours, the types it offers, its practitioners' weeks, its time off and extra hours, and the
 * time its bookings hold — and the free times that follow from them.
 */

// A fixed moment, so the seeded Christmas and January exceptions are inside the 8 weeks.
const NOW = Date.parse('2026-12-20T09:00:00Z')
const UK = 'Europe/London'
const dayOf = (instant: number) => wallClockOf(UK, instant).date

describe('a clinic’s booking calendar', () => {
  let payload: Payload
  let seed: Seed
  const made: number[] = []

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
  })
  afterAll(async () => {
    await removeRows(payload, 'bookings', made)
    await payload.destroy()
  })

  it('holds the clinic’s zone and hours, the types it offers with its own lengths, and its consulting practitioners’ weeks', async () => {
    const london = (await readClinicCalendar(payload, seed.clinics.london, NOW))!
    expect(london.timeZone).toBe(UK)
    expect(london.clinicHours).toEqual(DEMO_CLINICS.find((clinic) => clinic.slug === 'london')!.openingHours)
    expect(london.types.map(({ name, durationMinutes, bufferMinutes }) => [name, durationMinutes, bufferMinutes])).toEqual([
      ['In-clinic consultation', 30, 15],
      ['Video consultation', 20, 10],
    ])
    expect(london.practitioners.map(({ name, workingHours }) => [name, workingHours])).toEqual(
      DEMO_TEAM.filter((member) => member.clinic === 'london' && member.consults).map((member) => [member.name, member.workingHours ?? []]),
    )
    const manchester = (await readClinicCalendar(payload, seed.clinics.manchester, NOW))!
    expect(manchester.types.find(({ name }) => name === 'In-clinic consultation')).toMatchObject({ durationMinutes: 45, bufferMinutes: 15 })
    expect(await readClinicCalendar(payload, 999_999, NOW)).toBeUndefined()
  })

  it('holds the time of the clinic’s bookings that are not cancelled and not over, and no other clinic’s', async () => {
    const london = (await readClinicCalendar(payload, seed.clinics.london, Date.now()))!
    const seeded = await payload.find({ collection: 'bookings', where: { clinic: { equals: seed.clinics.london } }, depth: 0, overrideAccess: true, pagination: false })
    // Still to come, so only its being cancelled keeps it out (sample bookings are in the past).
    const cancelled = await throwaway(payload, seed, 'bookings', seed.clinics.london, { status: 'cancelled', startsAt: '2031-02-03T10:00:00.000Z', endsAt: '2031-02-03T10:30:00.000Z', heldUntil: '2031-02-03T10:45:00.000Z' })
    const past = await throwaway(payload, seed, 'bookings', seed.clinics.london, { startsAt: '2026-01-05T10:00:00.000Z', endsAt: '2026-01-05T10:30:00.000Z', heldUntil: '2026-01-05T10:45:00.000Z' })
    made.push(cancelled, past)
    const again = (await readClinicCalendar(payload, seed.clinics.london, Date.now()))!
    expect(again.held).toEqual(london.held)
    expect(london.held.map(({ start }) => start).sort()).toEqual(seeded.docs.map((booking) => Date.parse(booking.startsAt)).sort())
    for (const time of london.held) {
      const booking = seeded.docs.find((doc) => Date.parse(doc.startsAt) === time.start)!
      expect(time).toEqual({ practitioner: booking.practitioner, start: Date.parse(booking.startsAt), end: Date.parse(booking.heldUntil) })
    }
  })

  it('closes the clinic on its holidays, a practitioner on their leave, and opens a Monday of extra hours', async () => {
    const london = (await readClinicCalendar(payload, seed.clinics.london, NOW))!
    const inClinic = london.types[0]!
    const days = (practitioner?: number, calendar = london) => new Set(freeTimes(availabilityQuery(calendar, calendar.types[0]!, NOW, practitioner)).map(({ startsAt }) => dayOf(startsAt)))
    const anyone = days()
    for (const closed of ['2026-12-25', '2026-12-26', '2027-01-01']) expect(anyone.has(closed), closed).toBe(false)
    expect(anyone.has('2026-12-24')).toBe(true)

    const jonah = london.practitioners.find(({ name }) => name === 'Jonah Reid')!.id
    const jonahsDays = days(jonah)
    for (const leave of ['2027-01-05', '2027-01-06', '2027-01-07']) expect(jonahsDays.has(leave), leave).toBe(false)
    expect(jonahsDays.has('2027-01-12')).toBe(true)
    expect(freeTimes(availabilityQuery(london, inClinic, NOW, london.practitioners[0]!.id)).some(({ startsAt }) => dayOf(startsAt) === '2027-01-05')).toBe(true)

    const manchester = (await readClinicCalendar(payload, seed.clinics.manchester, NOW))!
    const aisha = manchester.practitioners.find(({ name }) => name === 'Aisha Bello')!.id
    const mondays = [...days(aisha, manchester)].filter((day) => new Date(`${day}T12:00:00Z`).getUTCDay() === 1)
    expect(mondays).toEqual(['2027-01-11'])
  })
})
