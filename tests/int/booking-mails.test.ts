import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { BOOKING_TASKS, REMINDER_BEFORE_MS } from '@/lib/booking/bookingJobs'
import { cancelBooking, rescheduleBooking } from '@/lib/booking/changeBooking'
import { insertBooking } from '@/lib/booking/insertBooking'
import { readManageToken } from '@/lib/booking/manageLink'
import type { Clinic } from '@/payload-types'

import { calendarOf } from '../helpers/bookings'
import { attachedInvitation, eventOf } from '../helpers/ics'
import { london, payload, useLeadIntakeDatabase } from '../helpers/leadIntakeDatabase'
import { bookingJobsOf, bookingNow, bookThroughForm, secret } from '../helpers/manageBookings'
import { decodedOf, htmlOf, type ReceivedMail, type SmtpReceiver, startSmtpReceiver, subjectOf } from '../helpers/smtp'

// The config reads the mail server once, when first imported, and quick retries for the outage.
const SMTP_PORT = vi.hoisted(() => {
  const port = 40_000 + (process.pid % 20_000)
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
  process.env.MAIL_RETRY_DELAY_MS = '200'
  return port
})

/*
 * A booking's mails through a real SMTP exchange: the confirmation with its invitation, the
 * clinic's notice that a time was booked, the reminder a day before (queued with the booking,
 * skipped when it was cancelled or moved), the cancellation and the new time — and an SMTP outage
 * that only delays them.
 */

useLeadIntakeDatabase()

const DAY = 24 * 60 * 60_000
const MINUTE = 60_000
const received: ReceivedMail[] = []
let smtp: SmtpReceiver | undefined
let calendar: Awaited<ReturnType<typeof calendarOf>>
let clinic: Clinic
let inClinic: number

const runMailJobs = () => payload.jobs.run({ queue: 'mail', limit: 200 })
const until = async (check: () => boolean, what: string, ms = 30_000) => {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await runMailJobs()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
const mailsTo = (email: string) => received.filter((mail) => mail.to.includes(email))
const clinicMailsAbout = (pattern: RegExp) => received.filter((mail) => pattern.test(subjectOf(mail.raw)))
const invitationOf = (mail: ReceivedMail) => eventOf(attachedInvitation(mail.raw)!.text)
const freeTime = async (index: number) => (await calendar.free('In-clinic consultation')).filter((time) => time.startsAt > Date.now() + 2 * DAY)[index]!.startsAt
/** As if a day before the booking had come: its reminder is due now. */
const reminderDueNow = (booking: number) =>
  payload.db.drizzle.execute(sql`UPDATE payload_jobs SET wait_until = now() - interval '1 second' WHERE task_slug = ${BOOKING_TASKS.reminder} AND (input->>'booking')::integer = ${booking}`)

beforeAll(async () => {
  smtp = await startSmtpReceiver(SMTP_PORT, received)
  calendar = await calendarOf(payload, london.id)
  inClinic = calendar.typeNamed('In-clinic consultation').id
  clinic = (await payload.findByID({ collection: 'clinics', id: london.id, depth: 0, overrideAccess: true })) as Clinic
  return async () => {
    await smtp?.stop()
    delete process.env.SMTP_URL
    delete process.env.MAIL_RETRY_DELAY_MS
  }
})

describe('a booked consultation’s mails', () => {
  it('confirms the booked time to the visitor with an invitation, and tells the clinic a time was booked', async () => {
    const startsAt = await freeTime(2)
    const visitor = await bookThroughForm(payload, london, inClinic, startsAt)
    const record = await bookingNow(payload, visitor.booking)
    await until(() => mailsTo(visitor.email).length === 1 && clinicMailsAbout(new RegExp(`\\(#${visitor.lead}\\)`)).length === 1, 'the confirmation and the notification')

    const [confirmation] = mailsTo(visitor.email)
    expect(subjectOf(confirmation!.raw)).toBe(`Your consultation is booked — ${clinic.name}`)
    const html = htmlOf(confirmation!.raw)
    const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).formatToParts(startsAt)
    const part = (type: string) => clock.find((entry) => entry.type === type)!.value
    expect(html).toContain(`${part('hour')}:${part('minute')} ${part('timeZoneName')}`)
    expect(html).toContain(clinic.contact.addressLine1)
    expect(html).toContain('In-clinic consultation')
    expect(html).toContain(record.practitioner)

    const invitation = attachedInvitation(confirmation!.raw)!
    expect(invitation.filename).toBe('consultation.ics')
    const event = eventOf(invitation.text)
    expect(event.value('METHOD')).toBe('REQUEST')
    expect(event.value('UID')).toBe(`booking-${visitor.booking}@localhost`)
    expect(event.value('SEQUENCE')).toBe('0')
    expect(event.utc('DTSTART')).toBe(startsAt)
    expect(event.utc('DTEND')).toBe(startsAt + 30 * MINUTE)
    expect(event.text('LOCATION')).toContain(clinic.contact.postcode)
    // The link in the mail manages this booking, and names no one.
    const link = /https?:\/\/[^\s"<>]+\/book\/manage\?booking=([^\s"<>&]+)/.exec(decodedOf(confirmation!.raw))!
    expect(readManageToken(secret(), decodeURIComponent(link[1]!), Date.now())).toEqual({ ok: true, link: { booking: visitor.booking, startsAt } })
    expect(link[0]).not.toContain(visitor.email.split('@')[0])

    const [notification] = clinicMailsAbout(new RegExp(`\\(#${visitor.lead}\\)`))
    expect(subjectOf(notification!.raw)).toBe(`New consultation booked at ${clinic.name} (#${visitor.lead})`)
    expect(htmlOf(notification!.raw)).toContain(`${part('hour')}:${part('minute')} ${part('timeZoneName')}`)
    expect(htmlOf(notification!.raw)).toContain(`/admin/collections/bookings/${visitor.booking}`)
  })

  it('queues the reminder with the booking, a day before its start, and none for a booking within a day', async () => {
    const startsAt = await freeTime(4)
    const { booking } = await bookThroughForm(payload, london, inClinic, startsAt)
    const [reminder, ...others] = (await bookingJobsOf(payload, booking)).filter((job) => job.taskSlug === BOOKING_TASKS.reminder)
    expect(others).toEqual([])
    expect(Date.parse(reminder!.waitUntil!)).toBe(startsAt - REMINDER_BEFORE_MS)
    expect(reminder!.input).toEqual({ booking })

    // Within a day (written as the booking write does, past the checks, at a time nobody holds).
    const soon = Math.ceil((Date.now() + 5 * 60 * MINUTE) / (15 * MINUTE)) * 15 * MINUTE + 7 * MINUTE
    const plan = { type: calendar.typeNamed('In-clinic consultation'), startsAt: soon, practitioners: calendar.calendar.practitioners.map((person) => person.id) }
    const { id } = await payload.db.drizzle.transaction((transaction) => insertBooking(transaction, london.id, null, plan))
    expect(await bookingJobsOf(payload, id)).toEqual([])
  })

  it('sends the reminder when it is due, and not for a booking cancelled or moved since', async () => {
    const [kept, cancelled, moved] = await Promise.all([freeTime(6), freeTime(9), freeTime(12)].map(async (time) => bookThroughForm(payload, london, inClinic, await time)))
    await until(() => [kept, cancelled, moved].every((visitor) => mailsTo(visitor.email).length === 1), 'three confirmations')
    expect(await cancelBooking(payload, await bookingNow(payload, cancelled!.booking))).toBe(true)
    const rescheduled = await rescheduleBooking(payload, await bookingNow(payload, moved!.booking), await freeTime(30), Date.now())
    expect(rescheduled.ok).toBe(true)
    for (const visitor of [kept, cancelled, moved]) await reminderDueNow(visitor!.booking)
    await until(() => mailsTo(kept!.email).length === 2 && mailsTo(cancelled!.email).length === 2 && mailsTo(moved!.email).length === 2, 'the reminder and the change mails')
    await runMailJobs()

    expect(subjectOf(mailsTo(kept!.email)[1]!.raw)).toBe(`Your consultation tomorrow — ${clinic.name}`)
    expect(invitationOf(mailsTo(kept!.email)[1]!).value('METHOD')).toBe('REQUEST')
    // The others got their change mail and no reminder for the time they gave up.
    expect(mailsTo(cancelled!.email).map((mail) => subjectOf(mail.raw))).not.toContain(`Your consultation tomorrow — ${clinic.name}`)
    expect(mailsTo(moved!.email).map((mail) => subjectOf(mail.raw))).not.toContain(`Your consultation tomorrow — ${clinic.name}`)
    // Their reminders ran (a finished job is removed) and sent nothing.
    for (const visitor of [cancelled, moved]) expect((await bookingJobsOf(payload, visitor!.booking)).filter((job) => job.taskSlug === BOOKING_TASKS.reminder)).toEqual([])
  })

  it('cancels in the visitor’s calendar (same UID, higher SEQUENCE) and tells the clinic', async () => {
    const visitor = await bookThroughForm(payload, london, inClinic, await freeTime(14))
    await until(() => mailsTo(visitor.email).length === 1, 'the confirmation')
    expect(await cancelBooking(payload, await bookingNow(payload, visitor.booking))).toBe(true)
    await until(() => mailsTo(visitor.email).length === 2 && clinicMailsAbout(new RegExp(`#${visitor.booking} cancelled`)).length === 1, 'the cancellation mails')

    const [booked, cancellation] = mailsTo(visitor.email).map(invitationOf)
    expect(subjectOf(mailsTo(visitor.email)[1]!.raw)).toBe(`Your consultation is cancelled — ${clinic.name}`)
    expect(cancellation!.value('METHOD')).toBe('CANCEL')
    expect(cancellation!.value('STATUS')).toBe('CANCELLED')
    expect(cancellation!.value('UID')).toBe(booked!.value('UID'))
    expect(Number(cancellation!.value('SEQUENCE'))).toBeGreaterThan(Number(booked!.value('SEQUENCE')))
  })

  it('moves the entry in the visitor’s calendar (same UID, higher SEQUENCE, new time) and tells the clinic what it was', async () => {
    const [from, to] = [await freeTime(16), await freeTime(50)]
    const visitor = await bookThroughForm(payload, london, inClinic, from)
    await until(() => mailsTo(visitor.email).length === 1, 'the confirmation')
    const moved = await rescheduleBooking(payload, await bookingNow(payload, visitor.booking), to, Date.now())
    expect(moved.ok).toBe(true)
    const newId = (moved as { booking: number }).booking
    await until(() => mailsTo(visitor.email).length === 2 && clinicMailsAbout(new RegExp(`\\(#${newId}\\)`)).length === 1, 'the new time’s mails')

    const [booked, rescheduled] = mailsTo(visitor.email).map(invitationOf)
    expect(subjectOf(mailsTo(visitor.email)[1]!.raw)).toBe(`Your consultation has a new time — ${clinic.name}`)
    expect(rescheduled!.value('METHOD')).toBe('REQUEST')
    expect(rescheduled!.value('UID')).toBe(booked!.value('UID'))
    expect(rescheduled!.value('SEQUENCE')).toBe('1')
    expect(rescheduled!.utc('DTSTART')).toBe(to)
    const [notice] = clinicMailsAbout(new RegExp(`\\(#${newId}\\)`))
    expect(htmlOf(notice!.raw)).toContain('Was')
  })

  it('an SMTP outage delays the booking mails and loses none: each arrives once when the server is back', async () => {
    await smtp!.stop()
    const visitors = [await bookThroughForm(payload, london, inClinic, await freeTime(20)), await bookThroughForm(payload, london, inClinic, await freeTime(24))]
    expect(await cancelBooking(payload, await bookingNow(payload, visitors[1]!.booking))).toBe(true)
    const before = received.length
    for (let round = 0; round < 3; round += 1) {
      await runMailJobs()
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(received.length).toBe(before)
    const failing = await payload.find({ collection: 'payload-jobs', where: { and: [{ queue: { equals: 'mail' } }, { completedAt: { exists: false } }] }, overrideAccess: true, pagination: false })
    expect(failing.docs.some((job) => (job.totalTried ?? 0) > 0)).toBe(true)
    expect(failing.docs.every((job) => !job.hasError)).toBe(true)

    smtp = await startSmtpReceiver(SMTP_PORT, received)
    await until(() => mailsTo(visitors[0]!.email).length === 1 && mailsTo(visitors[1]!.email).length === 2, 'the delayed mails', 60_000)
    await runMailJobs()
    expect(mailsTo(visitors[0]!.email)).toHaveLength(1)
    // Whichever retry comes first, the calendar ends cancelled: the cancellation's SEQUENCE is the higher.
    expect(mailsTo(visitors[1]!.email).map((mail) => subjectOf(mail.raw)).sort()).toEqual([`Your consultation is booked — ${clinic.name}`, `Your consultation is cancelled — ${clinic.name}`].sort())
    expect(clinicMailsAbout(new RegExp(`#${visitors[1]!.booking} cancelled`))).toHaveLength(1)
  })
})
