import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type Actor,
  APIS,
  AS,
  VIA,
  clinicOf,
  createAs,
  cross,
  deleteAs,
  exists,
  expectRefused,
  findAs,
  findByIdAs,
  idsOf,
  loadSeed,
  removeRows,
  sampleRow,
  type Seed,
  type Session,
  signInAll,
  throwaway,
  updateAs,
} from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * Booking: consultation types are the brand's and public; bookings are personal data with the
 * leads' rules (their clinic's people and platform admins only, marketing not at all, nobody
 * creates one through the APIs); time off and extra hours are their clinic's people's to keep.
 */

type ClinicSlug = 'london' | 'manchester' | 'leeds'
type Listing = 'all' | ClinicSlug | 'forbidden'

const CLINIC_LISTING: Record<Actor, Listing> = {
  admin: 'all',
  marketing: 'forbidden',
  ownerLondon: 'london',
  staffLondon: 'london',
  ownerManchester: 'manchester',
  staffManchester: 'manchester',
  ownerLeeds: 'leeds',
  visitor: 'forbidden',
}

describe('booking', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  const made: { collection: 'bookings' | 'availability-exceptions' | 'consultation-types'; id: number }[] = []
  const rowsOf = (collection: 'bookings' | 'availability-exceptions', ...clinics: ClinicSlug[]) => clinics.flatMap((c) => seed.rows[collection][c]).sort((a, b) => a - b)

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
  })
  afterAll(async () => {
    for (const { collection, id } of made) await removeRows(payload, collection, [id])
    await payload.destroy()
  })

  describe('consultation types', () => {
    for (const [actor, api] of cross(Object.keys(CLINIC_LISTING) as Actor[], APIS)) {
      it(`${AS[actor]}, lists every consultation type via ${VIA[api]}`, async () => {
        const res = await findAs(payload, api, s[actor], 'consultation-types')
        expect(res.status, res.message).toBe(200)
        expect(res.docs.length).toBeGreaterThanOrEqual(2)
      })
    }

    const writers: Actor[] = ['admin', 'marketing']
    for (const [actor, api] of cross(['admin', 'marketing', 'ownerLondon', 'staffLondon', 'visitor'] as Actor[], APIS)) {
      const allowed = writers.includes(actor)
      it(`${AS[actor]}, ${allowed ? 'can' : 'cannot'} create, change and delete a consultation type via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'consultation-types', null)
        const created = await createAs(payload, api, s[actor], 'consultation-types', data)
        if (created.doc?.id) made.push({ collection: 'consultation-types', id: Number(created.doc.id) })
        expect(created.status, created.message).toBe(allowed ? 201 : 403)
        const id = await throwaway(payload, seed, 'consultation-types', null)
        made.push({ collection: 'consultation-types', id })
        const updated = await updateAs(payload, api, s[actor], 'consultation-types', id, { durationMinutes: 40 })
        const stored = await payload.findByID({ collection: 'consultation-types', id, overrideAccess: true })
        expect(stored.durationMinutes).toBe(allowed ? 40 : 25)
        if (!allowed) expect(updated.status).toBe(403)
        await deleteAs(payload, api, s[actor], 'consultation-types', id)
        expect(await exists(payload, 'consultation-types', id)).toBe(!allowed)
      })
    }
  })

  for (const collection of ['bookings', 'availability-exceptions'] as const) {
    describe(`${collection}: listing`, () => {
      for (const [actor, api] of cross(Object.keys(CLINIC_LISTING) as Actor[], APIS)) {
        const want = CLINIC_LISTING[actor]
        it(`${AS[actor]}, ${want === 'forbidden' ? 'cannot list' : `lists ${want === 'all' ? 'every clinic’s' : `only ${want}’s`}`} ${collection} via ${VIA[api]}`, async () => {
          const res = await findAs(payload, api, s[actor], collection)
          if (want === 'forbidden') return expectRefused(res)
          expect(res.status, res.message).toBe(200)
          expect(idsOf(res.docs)).toEqual(want === 'all' ? rowsOf(collection, 'london', 'manchester', 'leeds') : rowsOf(collection, want))
          if (want !== 'all') expect(new Set(res.docs.map(clinicOf))).toEqual(new Set([seed.clinics[want]]))
        })
      }
    })

    describe(`${collection}: London’s people aiming at Manchester’s`, () => {
      for (const [actor, api] of cross(['ownerLondon', 'staffLondon'] as const, APIS)) {
        it(`${AS[actor]}, gets none of Manchester’s ${collection} via ${VIA[api]}, by where or by id`, async () => {
          const manchester = seed.rows[collection].manchester
          const wheres: Where[] = [
            { clinic: { equals: seed.clinics.manchester } },
            { id: { equals: manchester[0] } },
            { or: [{ clinic: { equals: seed.clinics.manchester } }, { id: { equals: manchester[0] } }] },
          ]
          for (const where of wheres) {
            const res = await findAs(payload, api, s[actor], collection, where)
            expect(res.status, res.message).toBe(200)
            expect(res.docs, JSON.stringify(where)).toEqual([])
          }
          for (const id of manchester) expectRefused(await findByIdAs(payload, api, s[actor], collection, id), `${collection} ${id}`)
        })
      }
    })
  }

  describe('bookings: population (depth)', () => {
    for (const api of ['local', 'rest'] as const) {
      it(`as clinic staff of London, reads London's bookings with their lead and practitioner populated, all London's, via ${VIA[api]}`, async () => {
        const res = await findAs(payload, api, s.staffLondon, 'bookings', undefined, { depth: 2 })
        expect(res.status, res.message).toBe(200)
        expect(res.docs.length).toBeGreaterThan(0)
        for (const booking of res.docs) {
          expect(clinicOf(booking.practitioner)).toBe(seed.clinics.london)
          expect(clinicOf(booking.lead)).toBe(seed.clinics.london)
          expect(booking.lead.email).toEqual(expect.stringContaining('@'))
        }
      })

      it(`as brand marketing, gets no booking through a lead, a team member or a clinic read with depth via ${VIA[api]}`, async () => {
        for (const collection of ['leads', 'team-members', 'clinics'] as const) {
          const res = await findAs(payload, api, s.marketing, collection, undefined, { depth: 3 })
          expect(res.status, res.message).toBe(200)
          expect(JSON.stringify(res.docs)).not.toMatch(/"heldUntil"/)
        }
      })
    }
  })

  describe('bookings: writes', () => {
    for (const [actor, api] of cross(['admin', 'ownerLondon', 'staffLondon', 'marketing', 'visitor'] as Actor[], APIS)) {
      it(`${AS[actor]}, cannot create a booking via ${VIA[api]} (only a visitor's booking on the clinic's site makes one)`, async () => {
        const { data } = await sampleRow(payload, seed, 'bookings', seed.clinics.london)
        const before = await payload.count({ collection: 'bookings', overrideAccess: true })
        const res = await createAs(payload, api, s[actor], 'bookings', data)
        if (res.doc?.id) made.push({ collection: 'bookings', id: Number(res.doc.id) })
        expect(res.status, res.message).toBe(403)
        expect((await payload.count({ collection: 'bookings', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
      })
    }

    const statusCases: [Actor, boolean][] = [
      ['admin', true],
      ['ownerLondon', true],
      ['staffLondon', true],
      ['marketing', false],
      ['ownerManchester', false],
      ['staffManchester', false],
      ['visitor', false],
    ]
    for (const [[actor, allowed], api] of cross(statusCases, APIS)) {
      it(`${AS[actor]}, ${allowed ? 'can' : 'cannot'} mark a London booking attended via ${VIA[api]}, and never move its time`, async () => {
        const id = await throwaway(payload, seed, 'bookings', seed.clinics.london)
        made.push({ collection: 'bookings', id })
        const original = await payload.findByID({ collection: 'bookings', id, overrideAccess: true, depth: 0 })
        const res = await updateAs(payload, api, s[actor], 'bookings', id, { status: 'attended', startsAt: '2031-01-01T09:00:00.000Z' })
        const stored = await payload.findByID({ collection: 'bookings', id, overrideAccess: true, depth: 0 })
        if (!allowed) expect([403, 404], res.message).toContain(res.status)
        expect(stored.status).toBe(allowed ? 'attended' : 'booked')
        expect(stored.startsAt).toBe(original.startsAt)
      })
    }

    for (const [[actor, allowed], api] of cross([['admin', true], ['ownerLondon', true], ['staffLondon', false], ['marketing', false], ['ownerManchester', false], ['visitor', false]] as [Actor, boolean][], APIS)) {
      it(`${AS[actor]}, ${allowed ? 'can' : 'cannot'} delete a London booking via ${VIA[api]}`, async () => {
        const id = await throwaway(payload, seed, 'bookings', seed.clinics.london)
        made.push({ collection: 'bookings', id })
        await deleteAs(payload, api, s[actor], 'bookings', id)
        expect(await exists(payload, 'bookings', id)).toBe(!allowed)
      })
    }

    it('as clinic staff of London, can still mark attended a booking of a practitioner who has since stopped consulting', async () => {
      const id = await throwaway(payload, seed, 'bookings', seed.clinics.london)
      made.push({ collection: 'bookings', id })
      const { practitioner } = await payload.findByID({ collection: 'bookings', id, depth: 0, overrideAccess: true })
      await payload.update({ collection: 'team-members', id: practitioner as number, data: { consults: false }, overrideAccess: true })
      try {
        const res = await updateAs(payload, 'rest', s.staffLondon, 'bookings', id, { status: 'attended' })
        expect(res.status, res.message).toBe(200)
        expect((await payload.findByID({ collection: 'bookings', id, overrideAccess: true })).status).toBe('attended')
      } finally {
        await payload.update({ collection: 'team-members', id: practitioner as number, data: { consults: true }, overrideAccess: true })
      }
    })

    it('as franchise owner of London, cannot bring a cancelled booking back (its time may be someone else’s)', async () => {
      const id = await throwaway(payload, seed, 'bookings', seed.clinics.london, { status: 'cancelled' })
      made.push({ collection: 'bookings', id })
      const res = await updateAs(payload, 'rest', s.ownerLondon, 'bookings', id, { status: 'booked' })
      expect(res.status).toBe(400)
      expect(res.message).toContain('stays cancelled')
      expect((await payload.findByID({ collection: 'bookings', id, overrideAccess: true })).status).toBe('cancelled')
    })
  })

  describe('time off and extra hours: writes', () => {
    const writers: Actor[] = ['admin', 'ownerLondon', 'staffLondon']
    for (const [actor, api] of cross(['admin', 'ownerLondon', 'staffLondon', 'marketing', 'ownerManchester', 'staffManchester', 'visitor'] as Actor[], APIS)) {
      const allowed = writers.includes(actor)
      it(`${AS[actor]}, ${allowed ? 'can' : 'cannot'} add, change and remove London's time off via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'availability-exceptions', seed.clinics.london)
        const created = await createAs(payload, api, s[actor], 'availability-exceptions', data)
        if (created.doc?.id) made.push({ collection: 'availability-exceptions', id: Number(created.doc.id) })
        if (allowed) expect(created.status, created.message).toBe(201)
        else expect(created.doc?.id, created.message).toBeUndefined()

        const id = await throwaway(payload, seed, 'availability-exceptions', seed.clinics.london)
        made.push({ collection: 'availability-exceptions', id })
        await updateAs(payload, api, s[actor], 'availability-exceptions', id, { note: 'Changed in a test' })
        expect((await payload.findByID({ collection: 'availability-exceptions', id, overrideAccess: true })).note === 'Changed in a test').toBe(allowed)
        await deleteAs(payload, api, s[actor], 'availability-exceptions', id)
        expect(await exists(payload, 'availability-exceptions', id)).toBe(!allowed)
      })
    }

    for (const api of APIS) {
      it(`as clinic staff of London, cannot give London's time off to a Manchester practitioner via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'availability-exceptions', seed.clinics.london)
        const { practitioner } = await payload.findByID({ collection: 'bookings', id: seed.rows.bookings.manchester[0]!, depth: 0, overrideAccess: true })
        const res = await createAs(payload, api, s.staffLondon, 'availability-exceptions', { ...data, practitioner })
        if (res.doc?.id) made.push({ collection: 'availability-exceptions', id: Number(res.doc.id) })
        expect(res.status, res.message).toBe(400)
        expect(res.message).toContain('practitioner of this clinic')
      })
    }

    it('as clinic staff of London, is told plainly when extra hours have no times or end before they start', async () => {
      const { data } = await sampleRow(payload, seed, 'availability-exceptions', seed.clinics.london)
      const noTimes = await createAs(payload, 'rest', s.staffLondon, 'availability-exceptions', { ...data, kind: 'extraHours' })
      expect(noTimes.status).toBe(400)
      expect(noTimes.message).toContain('Extra hours need a start and an end time')
      const backwards = await createAs(payload, 'rest', s.staffLondon, 'availability-exceptions', { ...data, opens: '15:00', closes: '11:00' })
      expect(backwards.status).toBe(400)
      expect(backwards.message).toContain('end time must be after')
      const badDay = await createAs(payload, 'rest', s.staffLondon, 'availability-exceptions', { ...data, startsOn: '2027-02-30' })
      expect(badDay.status).toBe(400)
    })
  })
})
