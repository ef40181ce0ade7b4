import { beforeAll, describe, expect, it } from 'vitest'

import { BOOKING_TASKS, REMINDER_BEFORE_MS } from '@/lib/booking/bookingJobs'
import { manageToken } from '@/lib/booking/manageLink'
import { changeBooking, type ManageContext } from '@/lib/booking/manageBooking'

import { calendarOf } from '../helpers/bookings'
import { london, payload, useLeadIntakeDatabase } from '../helpers/leadIntakeDatabase'
import { bookingJobsOf, bookingNow, bookThroughForm, cancelForm, manageContextOf, openPage, postForm, rescheduleForm, secret, tokenOfRedirect } from '../helpers/manageBookings'

/*
 * The visitor's booking page behind the signed link, in-process on the seeded PostgreSQL: it shows
 * the booking and other free times, cancels (the time is free again at once) and moves (new row,
 * same lead, old one cancelled, in one transaction), queues the mails and the reminder with each
 * change, and answers every bad link or choice with a clear page and nothing stored.
 */

useLeadIntakeDatabase()

const DAY = 24 * 60 * 60_000
let calendar: Awaited<ReturnType<typeof calendarOf>>
let context: ManageContext
let inClinic: number

/** A free time of the in-clinic consultation more than a day ahead, the `index`-th. */
const freeTime = async (index: number) => (await calendar.free('In-clinic consultation')).filter((time) => time.startsAt > Date.now() + 2 * DAY)[index]!.startsAt
/** Whether the practitioner is free for the in-clinic consultation at that time. */
const isFree = async (startsAt: number, practitioner: number) => (await calendar.free('In-clinic consultation', practitioner)).some((time) => time.startsAt === startsAt)

beforeAll(async () => {
  calendar = await calendarOf(payload, london.id)
  inClinic = calendar.typeNamed('In-clinic consultation').id
  context = await manageContextOf(payload, 'london')
})

describe('the visitor’s booking page', () => {
  it('shows the booking on the clinic’s clock with other free times to choose, private, uncacheable and not for search engines', async () => {
    const startsAt = await freeTime(3)
    const { token } = await bookThroughForm(payload, london, inClinic, startsAt)
    const page = await openPage(context, token)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('private, no-store')
    expect(page.headers.get('x-robots-tag')).toContain('noindex')
    expect(page.html).toContain('<meta name="robots" content="noindex, nofollow">')
    const label = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(startsAt)
    expect(page.html).toContain(label)
    expect(page.html).toContain('In-clinic consultation')
    expect(page.html).toMatch(/<input type="radio" id="time-0-0" name="startsAt" value="\d{4}-\d{2}-\d{2}T/)
    // Its own time is not offered as a new one, and there is no script on the page.
    expect(page.html).not.toContain(`value="${new Date(startsAt).toISOString()}"`)
    expect(page.html).not.toContain('<script')
  })

  it('cancels: the time is offered again at once, the visitor’s and clinic’s mails are queued, and the link then says so', async () => {
    const startsAt = await freeTime(5)
    const { booking, token } = await bookThroughForm(payload, london, inClinic, startsAt)
    const { practitionerId } = await bookingNow(payload, booking)
    const before = await isFree(startsAt, practitionerId)
    const answer = await postForm(context, cancelForm(token))
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toContain('done=cancelled')
    expect((await bookingNow(payload, booking)).status).toBe('cancelled')
    expect([before, await isFree(startsAt, practitionerId)]).toEqual([false, true])
    const jobs = await bookingJobsOf(payload, booking)
    expect(jobs.filter((job) => (job.input as { change?: string }).change === 'cancelled').map((job) => job.taskSlug).sort()).toEqual([BOOKING_TASKS.visitorChange, BOOKING_TASKS.clinicChange].sort())
    const after = await openPage(context, token, '&done=cancelled')
    expect(after.html).toContain('Your consultation is cancelled')
    // A second click changes nothing and queues nothing more.
    const again = await postForm(context, cancelForm(token))
    expect(again.status).toBe(409)
    expect(again.html).toContain('This consultation is cancelled')
    expect(await bookingJobsOf(payload, booking)).toHaveLength(jobs.length)
  })

  it('moves a booking to a new row for the same lead, the old one cancelled and its time free, with the reminder and mails for the new time', async () => {
    const [from, to] = [await freeTime(8), await freeTime(40)]
    const { booking, lead, token } = await bookThroughForm(payload, london, inClinic, from)
    const answer = await postForm(context, rescheduleForm(token, to))
    expect(answer.status, answer.html).toBe(303)
    const newToken = tokenOfRedirect(answer.headers.get('location'))
    const [old, moved] = [await bookingNow(payload, booking), await bookingNow(payload, Number.parseInt(newToken.split('.')[0]!, 36))]
    expect(old).toMatchObject({ status: 'cancelled', movedTo: { id: moved.id, startsAt: to } })
    expect(moved).toMatchObject({ status: 'booked', leadId: lead, startsAt: to, consultationTypeId: inClinic, firstBookingId: booking, sequence: 1 })
    expect([await isFree(from, old.practitionerId), await isFree(to, moved.practitionerId)]).toEqual([true, false])
    const jobs = await bookingJobsOf(payload, moved.id)
    expect(jobs.map((job) => job.taskSlug).sort()).toEqual([BOOKING_TASKS.clinicChange, BOOKING_TASKS.reminder, BOOKING_TASKS.visitorChange].sort())
    expect(Date.parse(jobs.find((job) => job.taskSlug === BOOKING_TASKS.reminder)!.waitUntil!)).toBe(to - REMINDER_BEFORE_MS)
    expect(jobs.find((job) => job.taskSlug === BOOKING_TASKS.clinicChange)!.input).toMatchObject({ change: 'rescheduled', previous: booking })
    // The old link says where the booking went; the new one manages it.
    expect((await openPage(context, token)).html).toContain('This booking was moved')
    const page = await openPage(context, newToken, '&done=moved')
    expect(page.html).toContain('Your consultation has its new time')
  })

  it('moves a booking a quarter of an hour on, onto its own held time (the old one is given up in the same transaction)', async () => {
    const times = (await calendar.free('In-clinic consultation')).filter((time) => time.startsAt > Date.now() + 2 * DAY)
    const pair = times.find((time, index) => times[index + 1]?.startsAt === time.startsAt + 15 * 60_000 && time.practitioners.length === 1 && times[index + 1]!.practitioners.includes(time.practitioners[0]!))
    const later = times.find((time) => time.startsAt === pair!.startsAt + 15 * 60_000)!
    const { booking, token } = await bookThroughForm(payload, london, inClinic, pair!.startsAt, pair!.practitioners[0])
    // Only the moved booking's own hold was in the way of its practitioner: nobody else is free then.
    const answer = await postForm(context, rescheduleForm(token, later.startsAt))
    expect(answer.status, answer.html).toBe(303)
    expect((await bookingNow(payload, booking)).movedTo?.startsAt).toBe(later.startsAt)
  })
})

describe('a booking that cannot be changed that way', () => {
  const unchanged = async (booking: number, startsAt: number) => {
    const now = await bookingNow(payload, booking)
    expect(now).toMatchObject({ status: 'booked', startsAt, movedTo: null })
  }

  it('answers a changed, made-up or foreign link with a clear page, not an error, and changes nothing', async () => {
    const startsAt = await freeTime(12)
    const { booking, token } = await bookThroughForm(payload, london, inClinic, startsAt)
    const [id, time, signature] = token.split('.') as [string, string, string]
    const tampered = [`${(booking + 1).toString(36)}.${time}.${signature}`, `${id}.${time}.${signature.slice(0, -2)}xx`, 'made-up', '']
    for (const link of tampered) {
      const page = await openPage(context, link)
      expect(page.status, link).toBe(400)
      expect(page.html).toContain('This link does not work')
      expect((await postForm(context, cancelForm(link))).status).toBe(400)
    }
    // A real link, on another clinic's site.
    const manchester = await manageContextOf(payload, 'manchester')
    expect((await openPage(manchester, token)).status).toBe(404)
    expect((await postForm(manchester, cancelForm(token))).status).toBe(404)
    // A link whose consultation has begun (made as its own mails would have made it).
    const begun = manageToken(secret(), { booking, startsAt: Date.now() - 60_000 })
    expect((await openPage(context, begun)).status).toBe(410)
    // A form that is not one, or far too large to be ours.
    for (const [body, type] of [[JSON.stringify(cancelForm(token)), 'application/json'], [`booking=${token}&action=cancel&padding=${'x'.repeat(5000)}`, 'application/x-www-form-urlencoded']]) {
      const response = await changeBooking(new Request('http://london.localhost:3000/book/manage', { method: 'POST', body, headers: { 'content-type': type! } }), context)
      expect(response.status).toBe(400)
      expect(await response.text()).toContain('Nothing was changed')
    }
    await unchanged(booking, startsAt)
    expect(await bookingJobsOf(payload, booking)).toHaveLength(1) // its reminder only
  })

  const refusals: [string, (startsAt: number) => Promise<string>, number, string][] = [
    ['a time in the past', async () => new Date(Date.now() - 3_600_000).toISOString(), 400, 'has passed'],
    ['a time outside the clinic’s hours (03:00)', async (startsAt) => `${new Date(startsAt).toISOString().slice(0, 10)}T03:00:00.000Z`, 400, 'not a time this clinic offers'],
    ['a time off the clinic’s grid', async (startsAt) => new Date(startsAt + 7 * 60_000 + DAY).toISOString(), 400, 'not a time this clinic offers'],
    ['a time without its zone', async (startsAt) => new Date(startsAt + DAY).toISOString().slice(0, 16), 400, 'Choose one of the times shown'],
    ['its own time', async (startsAt) => new Date(startsAt).toISOString(), 400, 'already'],
  ]
  for (const [what, wanted, status, says] of refusals) {
    it(`refuses to move it to ${what}, saying so, and keeps the booking`, async () => {
      const startsAt = await freeTime(15)
      const { booking, token } = await bookThroughForm(payload, london, inClinic, startsAt)
      const answer = await postForm(context, rescheduleForm(token, await wanted(startsAt)))
      expect(answer.status).toBe(status)
      expect(answer.html).toContain(says)
      expect(answer.html).toContain('Nothing was changed')
      await unchanged(booking, startsAt)
    })
  }

  it('refuses a time every practitioner has taken: "taken", with the nearest free times to choose instead', async () => {
    const times = (await calendar.free('In-clinic consultation')).filter((time) => time.startsAt > Date.now() + 3 * DAY)
    const full = times.find((time) => time.practitioners.length === 2)!
    for (const person of full.practitioners) await bookThroughForm(payload, london, inClinic, full.startsAt, person)
    const startsAt = await freeTime(20)
    const { booking, token } = await bookThroughForm(payload, london, inClinic, startsAt)
    const answer = await postForm(context, rescheduleForm(token, full.startsAt))
    expect(answer.status).toBe(409)
    expect(answer.html).toContain('that time was just taken')
    expect(answer.html).toMatch(/name="startsAt" value="\d{4}-/)
    expect(answer.html).not.toContain(`value="${new Date(full.startsAt).toISOString()}"`)
    await unchanged(booking, startsAt)
  })
})

describe('visitors moving their bookings at the same moment', () => {
  it('moves exactly one of 50 bookings onto the one free place at a time; the 49 others are told "taken" and keep their own time', async () => {
    const times = (await calendar.free('In-clinic consultation')).filter((time) => time.startsAt > Date.now() + 2 * DAY)
    const target = times.find((time) => time.practitioners.length === 2)!
    const [keeps, moves] = target.practitioners as [number, number]
    // One practitioner is busy then, so one place is left.
    await bookThroughForm(payload, london, inClinic, target.startsAt, keeps)
    const spaced: number[] = []
    for (const time of await calendar.free('In-clinic consultation', moves)) {
      if (spaced.length === 50) break
      const clear = Math.abs(time.startsAt - target.startsAt) > 2 * 60 * 60_000 && (spaced.length === 0 || time.startsAt >= spaced.at(-1)! + 60 * 60_000)
      if (clear) spaced.push(time.startsAt)
    }
    expect(spaced).toHaveLength(50)
    const visitors = []
    for (const startsAt of spaced) visitors.push({ startsAt, ...(await bookThroughForm(payload, london, inClinic, startsAt, moves)) })

    const answers = await Promise.all(visitors.map((visitor) => postForm(context, rescheduleForm(visitor.token, target.startsAt))))
    expect(answers.filter((answer) => answer.status === 303)).toHaveLength(1)
    const refused = answers.filter((answer) => answer.status === 409)
    expect(refused).toHaveLength(49)
    for (const answer of refused) expect(answer.html).toContain('that time was just taken')

    const held = await payload.find({ collection: 'bookings', where: { and: [{ startsAt: { equals: new Date(target.startsAt).toISOString() } }, { status: { equals: 'booked' } }] }, depth: 0, overrideAccess: true })
    expect(held.docs.map((booking) => booking.practitioner).sort()).toEqual([keeps, moves].sort())
    // Each refused move was rolled back whole: its old booking still holds its own time.
    const records = await Promise.all(visitors.map((visitor) => bookingNow(payload, visitor.booking)))
    expect(records.filter((record) => record.status === 'booked' && record.movedTo === null)).toHaveLength(49)
    expect(records.filter((record) => record.status === 'cancelled' && record.movedTo?.startsAt === target.startsAt)).toHaveLength(1)
  })
})
