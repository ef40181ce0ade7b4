import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readAdminCalendar } from '@/lib/booking/adminCalendar'
import { clockLabel } from '@/lib/booking/calendarLayout'
import { timeOffBody } from '@/lib/booking/calendarWrites'
import { wallClockOf } from '@/lib/booking/zonedTime'
import { anonymiseExpiredLeads } from '@/lib/leads/anonymise'

import { rest } from '../helpers/api'
import { calendarOf } from '../helpers/bookings'
import { lastPrivacyLogId, makeLead } from '../helpers/leadAdmin'
import { type Actor, loadSeed, removeRows, type Seed, type Session, signInAll, throwaway } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * The clinic working its bookings: outcomes that move the lead, only once the time has come;
 * time off written as the calendar writes it, gone from the free times at once; erasing a lead
 * cancels what it had booked; practitioners and types with bookings ahead are not deleted.
 */

const MINUTE = 60_000
const iso = (time: number) => new Date(time).toISOString()
/** Far from every seeded booking: years ahead (still to come) or hours in a past decade. */
const someFutureStart = () => Date.parse('2040-01-02T10:00:00Z') + Math.floor(Math.random() * 50_000) * 3_600_000
const somePastStart = () => Date.parse('2012-01-02T10:00:00Z') + Math.floor(Math.random() * 50_000) * 3_600_000

describe('working bookings in the admin', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let logStart: number
  const made = { bookings: [] as number[], leads: [] as number[], exceptions: [] as number[], members: [] as number[], types: [] as number[] }

  const booking = async (start: number, patch: Record<string, unknown> = {}) => {
    const id = await throwaway(payload, seed, 'bookings', seed.clinics.london, { startsAt: iso(start), endsAt: iso(start + 30 * MINUTE), heldUntil: iso(start + 45 * MINUTE), ...patch })
    made.bookings.push(id)
    return id
  }
  const lead = async (status: 'new' | 'consultationBooked' | 'treated' = 'consultationBooked') => {
    const row = await makeLead(payload, seed.clinics.london, { status })
    made.leads.push(row.id)
    return row.id
  }
  const stored = (collection: 'bookings' | 'leads', id: number) => payload.findByID({ collection, id, depth: 0, overrideAccess: true }) as Promise<{ status: string; lead?: unknown; practitioner?: unknown; consultationType?: unknown }>

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    logStart = await lastPrivacyLogId(payload)
  })
  afterAll(async () => {
    await removeRows(payload, 'bookings', made.bookings)
    await removeRows(payload, 'availability-exceptions', made.exceptions)
    await removeRows(payload, 'team-members', made.members)
    await removeRows(payload, 'consultation-types', made.types)
    await removeRows(payload, 'leads', made.leads)
    // Removing test leads writes erasure entries; the log is left as the seed had it.
    await payload.delete({ collection: 'privacy-log', where: { id: { greater_than: logStart } }, overrideAccess: true })
    await payload.destroy()
  })

  describe('attended and no-show', () => {
    it('as franchise owner of London, marks a consultation that took place attended via REST, and its lead becomes “Consultation held”', async () => {
      const leadId = await lead()
      const id = await booking(somePastStart(), { lead: leadId })
      const res = await rest('PATCH', `bookings/${id}?depth=0`, { token: s.ownerLondon.token, body: { status: 'attended' } })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect((await stored('bookings', id)).status).toBe('attended')
      expect((await stored('leads', leadId)).status).toBe('consultationHeld')
    })

    it('as clinic staff of London, marks one no-show via the Local API, and its lead becomes “Missed consultation”', async () => {
      const leadId = await lead()
      const id = await booking(somePastStart(), { lead: leadId })
      await payload.update({ collection: 'bookings', id, data: { status: 'noShow' }, overrideAccess: false, user: s.staffLondon.user })
      expect((await stored('leads', leadId)).status).toBe('consultationMissed')
    })

    it('as franchise owner of London, leaves a treated lead treated when its consultation is marked attended', async () => {
      const leadId = await lead('treated')
      const id = await booking(somePastStart(), { lead: leadId })
      expect((await rest('PATCH', `bookings/${id}`, { token: s.ownerLondon.token, body: { status: 'attended' } })).status).toBe(200)
      expect((await stored('leads', leadId)).status).toBe('treated')
    })

    it('as franchise owner of London, cannot mark a consultation still to come attended or no-show, and the lead stays', async () => {
      const leadId = await lead()
      const id = await booking(someFutureStart(), { lead: leadId })
      for (const status of ['attended', 'noShow']) {
        const res = await rest('PATCH', `bookings/${id}`, { token: s.ownerLondon.token, body: { status } })
        expect(res.status).toBe(400)
        expect(JSON.stringify(res.body)).toContain('has not started yet')
      }
      expect((await stored('bookings', id)).status).toBe('booked')
      expect((await stored('leads', leadId)).status).toBe('consultationBooked')
    })

    it('as franchise owner of Manchester, cannot mark London’s consultation attended, and London’s lead stays', async () => {
      const leadId = await lead()
      const id = await booking(somePastStart(), { lead: leadId })
      const res = await rest('PATCH', `bookings/${id}`, { token: s.ownerManchester.token, body: { status: 'attended' } })
      expect([403, 404]).toContain(res.status)
      expect((await stored('bookings', id)).status).toBe('booked')
      expect((await stored('leads', leadId)).status).toBe('consultationBooked')
    })
  })

  describe('the calendar’s reads', () => {
    it('as franchise owner of London, reads the day’s booking with the visitor’s first name (as platform admins do); as Manchester’s owner, none of it', async () => {
      const leadId = await lead()
      const start = somePastStart()
      const id = await booking(start, { lead: leadId })
      const day = wallClockOf('Europe/London', start).date
      const own = await readAdminCalendar(payload, s.ownerLondon.user!, seed.clinics.london, [day])
      expect(own?.bookings.find((row) => row.id === id)).toMatchObject({ firstName: 'Probe', lead: leadId, status: 'booked' })
      const other = await readAdminCalendar(payload, s.ownerManchester.user!, seed.clinics.london, [day])
      expect(other?.bookings ?? []).toEqual([])
      expect(other?.timeOff ?? []).toEqual([])
      const admin = await readAdminCalendar(payload, s.admin.user!, seed.clinics.london, [day])
      expect(admin?.bookings.find((row) => row.id === id)).toMatchObject({ firstName: 'Probe' })
    })
  })

  describe('time off from the calendar', () => {
    for (const [who, forOne] of [['one practitioner', true], ['the whole clinic', false]] as const) {
      it(`as clinic staff of London, blocks a free time for ${who} via REST, as the calendar sends it, and it is no longer offered at once`, async () => {
        const { calendar, free } = await calendarOf(payload, seed.clinics.london)
        const practitioner = calendar.practitioners[0]!.id
        const target = (await free('In-clinic consultation', practitioner))[8]!
        const wall = wallClockOf(calendar.timeZone, target.startsAt)
        const body = timeOffBody({ clinic: seed.clinics.london, practitioner: forOne ? practitioner : null, startsOn: wall.date, opens: clockLabel(wall.minutes), closes: clockLabel(wall.minutes + 30), note: 'Dentist' })
        const res = await rest('POST', 'availability-exceptions?depth=0', { token: s.staffLondon.token, body })
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        made.exceptions.push(res.body.doc.id)

        expect((await free('In-clinic consultation', practitioner)).map((time) => time.startsAt)).not.toContain(target.startsAt)
        const anyone = (await free('In-clinic consultation')).find((time) => time.startsAt === target.startsAt)
        if (forOne) expect(anyone?.practitioners ?? []).not.toContain(practitioner)
        else expect(anyone).toBeUndefined()

        expect((await rest('DELETE', `availability-exceptions/${res.body.doc.id}`, { token: s.staffLondon.token })).status).toBe(200)
        expect((await free('In-clinic consultation', practitioner)).map((time) => time.startsAt)).toContain(target.startsAt)
      })
    }
  })

  describe('erasing a lead', () => {
    it('as franchise owner of London, erases a lead via REST: its booking still to come is cancelled, its past one stays without it', async () => {
      const leadId = await lead()
      const ahead = await booking(someFutureStart(), { lead: leadId })
      const past = await booking(somePastStart(), { lead: leadId, status: 'attended' })
      expect((await rest('DELETE', `leads/${leadId}`, { token: s.ownerLondon.token })).status).toBe(200)
      expect(await stored('bookings', ahead)).toMatchObject({ status: 'cancelled', lead: null })
      expect(await stored('bookings', past)).toMatchObject({ status: 'attended', lead: null })
    })

    it('anonymising a lead after its clinic’s retention cancels its booking still to come and keeps its past one, still its', async () => {
      const retention = (await payload.findByID({ collection: 'clinics', id: seed.clinics.london, depth: 0, overrideAccess: true })).retentionDays ?? 730
      const old = await makeLead(payload, seed.clinics.london, { status: 'consultationBooked', createdAt: new Date(Date.now() - (retention + 1) * 24 * 60 * MINUTE).toISOString() })
      made.leads.push(old.id)
      const ahead = await booking(someFutureStart(), { lead: old.id })
      const past = await booking(somePastStart(), { lead: old.id, status: 'attended' })
      expect((await anonymiseExpiredLeads(payload))[seed.clinics.london]).toBeGreaterThanOrEqual(1)
      expect(await stored('bookings', ahead)).toMatchObject({ status: 'cancelled', lead: old.id })
      expect(await stored('bookings', past)).toMatchObject({ status: 'attended', lead: old.id })
    })
  })

  describe('deleting what bookings point at', () => {
    it('as franchise owner of London, cannot delete a practitioner with a booking ahead (told how many); once cancelled, deletes them and the history stays', async () => {
      const member = await throwaway(payload, seed, 'team-members', seed.clinics.london, { consults: true, name: 'Probe Practitioner' })
      made.members.push(member)
      const ahead = await booking(someFutureStart(), { practitioner: member })
      const past = await booking(somePastStart(), { practitioner: member, status: 'attended' })
      const leave = await throwaway(payload, seed, 'availability-exceptions', seed.clinics.london, { practitioner: member })
      made.exceptions.push(leave)

      const refused = await rest('DELETE', `team-members/${member}`, { token: s.ownerLondon.token })
      expect(refused.status).toBe(409)
      expect(JSON.stringify(refused.body)).toContain('Probe Practitioner cannot be deleted: a booking still to come')
      expect((await payload.count({ collection: 'team-members', where: { id: { equals: member } }, overrideAccess: true })).totalDocs).toBe(1)

      await payload.update({ collection: 'bookings', id: ahead, data: { status: 'cancelled' }, overrideAccess: true })
      expect((await rest('DELETE', `team-members/${member}`, { token: s.ownerLondon.token })).status).toBe(200)
      expect(await stored('bookings', past)).toMatchObject({ status: 'attended', practitioner: null })
      expect(await stored('bookings', ahead)).toMatchObject({ status: 'cancelled', practitioner: null })
      // Their time off went with them: left without a practitioner it would close the whole clinic.
      expect((await payload.count({ collection: 'availability-exceptions', where: { id: { equals: leave } }, overrideAccess: true })).totalDocs).toBe(0)
    })

    it('as brand marketing, cannot delete a consultation type with bookings ahead (told how many); with only past ones, deletes it and they stay', async () => {
      const type = await throwaway(payload, seed, 'consultation-types', null)
      made.types.push(type)
      const ahead = [await booking(someFutureStart(), { consultationType: type }), await booking(someFutureStart(), { consultationType: type })]
      const past = await booking(somePastStart(), { consultationType: type })

      const refused = await rest('DELETE', `consultation-types/${type}`, { token: s.marketing.token })
      expect(refused.status).toBe(409)
      expect(JSON.stringify(refused.body)).toContain('cannot be deleted: 2 bookings still to come')

      for (const id of ahead) await payload.update({ collection: 'bookings', id, data: { status: 'cancelled' }, overrideAccess: true })
      expect((await rest('DELETE', `consultation-types/${type}`, { token: s.marketing.token })).status).toBe(200)
      expect(await stored('bookings', past)).toMatchObject({ status: 'booked', consultationType: null })
    })
  })
})
