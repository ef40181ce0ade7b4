import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BOOKING_STATUSES } from '@/lib/booking/statuses'

import { rest } from '../helpers/api'
import { type Actor, AS, loadSeed, type Seed, type Session, signInAll } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * Booking numbers per clinic and status (`GET /api/bookings/counts`): brand marketing follows the
 * network as numbers, never people; a clinic's people see their own clinic's; nobody else's.
 */

type ClinicSlug = 'london' | 'manchester' | 'leeds'
const DAY = 24 * 60 * 60_000
const from = new Date(Date.now() - 28 * DAY).toISOString().slice(0, 10)
const until = new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10)

const SEES: Partial<Record<Actor, ClinicSlug[]>> = {
  admin: ['london', 'manchester', 'leeds'],
  marketing: ['london', 'manchester', 'leeds'],
  ownerLondon: ['london'],
  staffLondon: ['london'],
  ownerManchester: ['manchester'],
  staffManchester: ['manchester'],
  ownerLeeds: ['leeds'],
}

describe('booking counts', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>

  /** What PostgreSQL holds for a clinic in the period, read without access rules. */
  const storedCounts = async (clinic: number) => {
    const counts: Record<string, number> = {}
    for (const { value } of BOOKING_STATUSES) {
      counts[value] = (
        await payload.count({
          collection: 'bookings',
          where: { and: [{ clinic: { equals: clinic } }, { status: { equals: value } }, { startsAt: { greater_than_equal: `${from}T00:00:00.000Z` } }, { startsAt: { less_than: `${until}T00:00:00.000Z` } }] },
          overrideAccess: true,
        })
      ).totalDocs
    }
    return counts
  }

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
  })
  afterAll(async () => {
    await payload.destroy()
  })

  for (const [actor, clinics] of Object.entries(SEES) as [Actor, ClinicSlug[]][]) {
    it(`${AS[actor]}, counts bookings per status of ${clinics.length > 1 ? 'every clinic' : `${clinics[0]} alone`}, as stored, and nothing about anyone`, async () => {
      const res = await rest('GET', `bookings/counts?from=${from}&until=${until}`, { token: s[actor].token })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.clinics.map((row: { clinic: number }) => row.clinic).sort()).toEqual(clinics.map((slug) => seed.clinics[slug]).sort())
      for (const row of res.body.clinics) {
        expect(Object.keys(row).sort()).toEqual(['clinic', 'counts', 'name', 'total'])
        expect(row.counts).toEqual(await storedCounts(row.clinic))
      }
      const london = res.body.clinics.find((row: { clinic: number }) => row.clinic === seed.clinics.london)
      if (london) expect(london.total).toBeGreaterThanOrEqual(2)
      // No name, e-mail, time or practitioner of any seeded booking's person.
      const text = JSON.stringify(res.body)
      for (const secret of ['@example.invalid', 'Demo Visitor', 'Priya', 'Jonah', 'startsAt', 'practitioner']) expect(text).not.toContain(secret)
    })
  }

  it('as franchise owner of Manchester, gets nothing when asking for London’s numbers', async () => {
    const res = await rest('GET', `bookings/counts?clinic=${seed.clinics.london}`, { token: s.ownerManchester.token })
    expect(res.status).toBe(200)
    expect(res.body.clinics).toEqual([])
  })

  it('as brand marketing, narrows the numbers to one clinic', async () => {
    const res = await rest('GET', `bookings/counts?clinic=${seed.clinics.leeds}`, { token: s.marketing.token })
    expect(res.body.clinics.map((row: { clinic: number }) => row.clinic)).toEqual([seed.clinics.leeds])
  })

  it('as anonymous visitor, is asked to sign in; a period that reads backwards or a made-up day is refused', async () => {
    expect((await rest('GET', 'bookings/counts')).status).toBe(401)
    expect((await rest('GET', `bookings/counts?from=${until}&until=${from}`, { token: s.ownerLondon.token })).status).toBe(400)
    expect((await rest('GET', 'bookings/counts?from=yesterday', { token: s.ownerLondon.token })).status).toBe(400)
    expect((await rest('GET', 'bookings/counts?clinic=london', { token: s.ownerLondon.token })).status).toBe(400)
  })

  it('as brand marketing, still lists no booking itself (the numbers are all it gets)', async () => {
    const res = await rest('GET', 'bookings?depth=0', { token: s.marketing.token })
    expect([403, 200]).toContain(res.status)
    expect(res.body.docs ?? []).toEqual([])
  })
})
