import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bookingAddOn } from '@/lib/booking/bookingAddOn'
import { nearestFreeTimes } from '@/lib/booking/freeTimes'
import { insertBooking, TimeTakenError } from '@/lib/booking/insertBooking'
import { attributionOf } from '@/lib/leads/attribution'
import { storeLead } from '@/lib/leads/storeLead'

import { bookingFields, bookingsAt, calendarOf } from '../helpers/bookings'
import { jobsFor, leadOf, london, manchester, payload, useLeadIntakeDatabase } from '../helpers/leadIntakeDatabase'
import { formDataOf, leadRequest, send, testContext, visitorFields } from '../helpers/leads'

/*
 * Booking a consultation time through the consultation form's endpoint, in-process on the seeded
 * PostgreSQL: the lead and its booking stored together or not at all, PostgreSQL refusing the
 * second booking of a time, and bad choices answered plainly with nothing stored.
 */

useLeadIntakeDatabase()

const MINUTE = 60_000
const made: number[] = []

/** The bookings of a lead (the endpoint's answer names the lead). */
const bookingsOfLead = async (db: Payload, lead: number) =>
  (await db.find({ collection: 'bookings', where: { lead: { equals: lead } }, depth: 0, overrideAccess: true })).docs

const countOf = async (collection: 'leads' | 'bookings') => (await payload.count({ collection, overrideAccess: true })).totalDocs

let calendar: Awaited<ReturnType<typeof calendarOf>>
let inClinic: number
let priya: number
const book = (fields: Record<string, string>, options: { json?: boolean; clinic?: typeof london } = {}) => {
  const clinic = options.clinic ?? london
  return send(leadRequest(formDataOf(visitorFields(fields)), { json: options.json ?? true }), testContext(payload, clinic, { addOn: bookingAddOn(payload, clinic.id, '/book/time') }))
}

describe('booking a consultation time', () => {
  beforeAll(async () => {
    calendar = await calendarOf(payload, london.id)
    inClinic = calendar.typeNamed('In-clinic consultation').id
    priya = calendar.practitionerNamed('Priya Shah')
  })
  afterAll(async () => {
    if (made.length) await payload.delete({ collection: 'bookings', where: { id: { in: made } }, overrideAccess: true })
  })

  it('stores the lead and its booking together, in UTC, holding the type’s buffer, with the lead’s mails queued', async () => {
    const time = (await calendar.free('In-clinic consultation', priya))[30]!
    const answer = await book(bookingFields(inClinic, priya, time.startsAt))
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    expect(answer.body.booking).toMatchObject({ startsAt: new Date(time.startsAt).toISOString(), practitioner: priya })
    const lead = await leadOf(answer.body.reference)
    const [booking, ...more] = await bookingsOfLead(payload, lead.id)
    made.push(booking!.id)
    expect(more).toEqual([])
    expect(booking).toMatchObject({ clinic: london.id, practitioner: priya, consultationType: inClinic, status: 'booked' })
    expect(Date.parse(booking!.startsAt)).toBe(time.startsAt)
    expect(Date.parse(booking!.endsAt)).toBe(time.startsAt + 30 * MINUTE)
    expect(Date.parse(booking!.heldUntil)).toBe(time.startsAt + 45 * MINUTE)
    expect((await jobsFor(lead.id)).map((job) => job.taskSlug).sort()).toEqual(['confirmLeadToVisitor', 'notifyClinicOfLead'])
    expect((await calendar.free('In-clinic consultation', priya)).map(({ startsAt }) => startsAt)).not.toContain(time.startsAt)
  })

  it('books exactly one of 50 simultaneous requests for one time; the 49 others are told plainly and offered the nearest free times', async () => {
    const time = (await calendar.free('In-clinic consultation', priya))[45]!
    const [leadsBefore, bookingsBefore] = [await countOf('leads'), await countOf('bookings')]
    const answers = await Promise.all(Array.from({ length: 50 }, () => book(bookingFields(inClinic, priya, time.startsAt))))
    const booked = answers.filter((answer) => answer.status === 201)
    const refused = answers.filter((answer) => answer.status === 409)
    expect(booked).toHaveLength(1)
    expect(refused).toHaveLength(49)
    for (const { body } of refused) {
      expect(body.status).toBe('taken')
      expect(body.message).toContain('that time was just taken')
      expect(body.offer.length).toBeGreaterThan(0)
      expect(body.offer.map((offer: { startsAt: string }) => offer.startsAt)).not.toContain(new Date(time.startsAt).toISOString())
    }
    const held = await bookingsAt(payload, london.id, time.startsAt)
    made.push(...held.map((booking) => booking.id))
    expect(held).toHaveLength(1)
    const lead = await leadOf(booked[0]!.body.reference)
    expect(held[0]!.lead).toBe(lead.id)
    expect([await countOf('leads'), await countOf('bookings')]).toEqual([leadsBefore + 1, bookingsBefore + 1])
  })

  it('leaves the refusal to PostgreSQL: 50 simultaneous writes that skip every check in code still store one booking and one lead', async () => {
    const time = (await calendar.free('In-clinic consultation', priya))[60]!
    const type = calendar.typeNamed('In-clinic consultation')
    const leadsBefore = await countOf('leads')
    const plan = { type, startsAt: time.startsAt, practitioners: [priya] }
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) =>
        storeLead(
          payload,
          {
            clinicId: london.id,
            input: { name: `Racer ${index}`, email: `racer.${index}.${process.pid}@example.test`, phone: '+44 20 7946 0000', preferredContact: 'phone', preferredTime: 'any', treatment: null, hairLossStage: null, concern: '', privacyConsent: true, marketingOptIn: false },
            photos: [],
            attribution: attributionOf({ landingPage: null, referrer: null }, null),
            spamReason: null,
            formNonce: null,
          },
          { queue: 'mail', tasks: [] },
          async (db, leadId) => void (await insertBooking(db, london.id, leadId, plan)),
        ),
      ),
    )
    const stored = results.filter((result) => result.status === 'fulfilled')
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected')
    expect(stored).toHaveLength(1)
    expect(refused).toHaveLength(49)
    for (const { reason } of refused) expect(reason).toBeInstanceOf(TimeTakenError)
    const held = await bookingsAt(payload, london.id, time.startsAt)
    made.push(...held.map((booking) => booking.id))
    expect(held).toHaveLength(1)
    expect(await countOf('leads')).toBe(leadsBefore + 1)
  })

  it('gives "any practitioner" whoever is free, and refuses the time once nobody is', async () => {
    const time = (await calendar.free('In-clinic consultation')).find(({ practitioners }) => practitioners.length === 2)!
    const first = await book(bookingFields(inClinic, 'any', time.startsAt))
    const second = await book(bookingFields(inClinic, 'any', time.startsAt))
    const third = await book(bookingFields(inClinic, 'any', time.startsAt))
    const held = await bookingsAt(payload, london.id, time.startsAt)
    made.push(...held.map((booking) => booking.id))
    expect([first.status, second.status, third.status]).toEqual([201, 201, 409])
    expect(new Set(held.map((booking) => booking.practitioner))).toEqual(new Set(time.practitioners))
    expect(third.body.message).toContain('that time was just taken')
  })

  it('answers a plain form post (JavaScript off) for a taken time with a page that says so and lists the nearest times', async () => {
    const time = (await calendar.free('In-clinic consultation', priya))[70]!
    const first = await book(bookingFields(inClinic, priya, time.startsAt))
    made.push(...(await bookingsAt(payload, london.id, time.startsAt)).map((booking) => booking.id))
    const answer = await book(bookingFields(inClinic, priya, time.startsAt), { json: false })
    expect(answer.status).toBe(409)
    expect(answer.headers.get('content-type')).toContain('text/html')
    expect(answer.text).toContain('that time was just taken')
    expect(answer.text).toMatch(/The nearest free times are \w{3} \d{1,2} \w{3}, \d{2}:\d{2}/)
    // Each nearest time is a link back to the booking steps with that time chosen.
    const choices = [...answer.text.matchAll(/<a href="(\/book\/time\?[^"]+)">([^<]+)<\/a>/g)].map(([, href, label]) => ({ href: href!.replaceAll('&amp;', '&'), label }))
    expect(choices).toHaveLength(3)
    const nearest = nearestFreeTimes(await calendar.free('In-clinic consultation', priya), time.startsAt)
    expect(choices.map(({ href }) => new URLSearchParams(href.split('?')[1]!.split('#')[0]).get('time'))).toEqual(nearest.map(({ startsAt }) => new Date(startsAt).toISOString()))
    expect(choices[0]!.href).toMatch(new RegExp(`^/book/time\\?type=${inClinic}&practitioner=${priya}&time=[^#]+#booking-details$`))
  })

  it('sends a plain form post that booked a time to the thank-you page with that time, its type and practitioner (no personal data)', async () => {
    const time = (await calendar.free('In-clinic consultation', priya))[75]!
    const answer = await book(bookingFields(inClinic, priya, time.startsAt), { json: false })
    made.push(...(await bookingsAt(payload, london.id, time.startsAt)).map((booking) => booking.id))
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe(`/book/thanks?booked=${encodeURIComponent(new Date(time.startsAt).toISOString())}&type=${inClinic}&with=${priya}`)
  })

  it('holds no time for a request the spam checks catch, and books once for the same form sent twice', async () => {
    const time = (await calendar.free('In-clinic consultation', priya))[80]!
    const spam = await book({ ...bookingFields(inClinic, priya, time.startsAt), website: 'https://spam.example' })
    expect(spam.status).toBe(201)
    expect(await bookingsAt(payload, london.id, time.startsAt)).toEqual([])

    const fields = visitorFields(bookingFields(inClinic, priya, time.startsAt))
    const context = testContext(payload, london, { addOn: bookingAddOn(payload, london.id, '/book/time') })
    const once = await send(leadRequest(formDataOf(fields)), context)
    const twice = await send(leadRequest(formDataOf(fields)), context)
    made.push(...(await bookingsAt(payload, london.id, time.startsAt)).map((booking) => booking.id))
    expect([once.status, twice.status]).toEqual([201, 201])
    expect(twice.body.reference).toBe(once.body.reference)
    expect(await bookingsAt(payload, london.id, time.startsAt)).toHaveLength(1)
  })
})

describe('a booking that cannot be taken', () => {
  const aFreeTime = async () => (await calendarOf(payload, london.id)).free('In-clinic consultation')

  const refusals: [string, () => Promise<{ fields: Record<string, string>; clinic?: typeof london }>, string, string][] = [
    ['a time in the past', async () => ({ fields: bookingFields(inClinic, priya, Date.now() - 3_600_000) }), 'startsAt', 'has passed'],
    ['a time sooner than the notice', async () => ({ fields: bookingFields(inClinic, priya, Date.now() + 30 * MINUTE) }), 'startsAt', 'at least 2 hours ahead'],
    ['a time outside the practitioner’s hours (03:00 on the clinic’s clock)', async () => ({ fields: bookingFields(inClinic, priya, Date.parse(`${new Date((await aFreeTime())[10]!.startsAt).toISOString().slice(0, 10)}T03:00:00Z`)) }), 'startsAt', 'not a time this clinic offers'],
    ['a time off the clinic’s grid (7 minutes past)', async () => ({ fields: bookingFields(inClinic, priya, (await aFreeTime())[10]!.startsAt + 7 * MINUTE) }), 'startsAt', 'not a time this clinic offers'],
    ['a time without its zone', async () => ({ fields: bookingFields(inClinic, priya, new Date((await aFreeTime())[10]!.startsAt).toISOString().slice(0, 16)) }), 'startsAt', 'times shown'],
    ['another clinic’s practitioner', async () => ({ fields: bookingFields(inClinic, (await calendarOf(payload, manchester.id)).practitionerNamed('Aisha Bello'), (await aFreeTime())[10]!.startsAt) }), 'practitioner', 'not one of this clinic’s practitioners'],
    ['an unknown consultation type', async () => ({ fields: bookingFields(999_999, priya, (await aFreeTime())[10]!.startsAt) }), 'consultationType', 'does not offer'],
    ['a type the clinic does not offer (video, in Leeds)', async () => {
      const leeds = await calendarOf(payload, (await payload.find({ collection: 'clinics', where: { slug: { equals: 'leeds' } }, overrideAccess: true })).docs[0]!.id)
      const video = (await payload.find({ collection: 'consultation-types', where: { name: { equals: 'Video consultation' } }, overrideAccess: true })).docs[0]!.id
      const leedsClinic = { ...london, id: leeds.calendar.clinicId }
      return { fields: bookingFields(video, leeds.practitionerNamed('Hannah Kerr'), (await leeds.free('In-clinic consultation'))[5]!.startsAt), clinic: leedsClinic }
    }, 'consultationType', 'does not offer'],
  ]

  for (const [what, choose, field, says] of refusals) {
    it(`refuses ${what} with a clear 400 and stores nothing`, async () => {
      const { fields, clinic } = await choose()
      const [leadsBefore, bookingsBefore] = [await countOf('leads'), await countOf('bookings')]
      const answer = await book(fields, { clinic })
      expect(answer.status, JSON.stringify(answer.body)).toBe(400)
      expect(answer.body.errors[field]).toContain(says)
      expect([await countOf('leads'), await countOf('bookings')]).toEqual([leadsBefore, bookingsBefore])
    })
  }
})
