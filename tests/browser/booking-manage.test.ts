import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bookingFields, calendarOf } from '../helpers/bookings'
import { attachedInvitation, eventOf } from '../helpers/ics'
import { formDataOf, visitorFields } from '../helpers/leads'
import { testPayload } from '../helpers/payload'
import { decodedOf, type ReceivedMail, type SmtpReceiver, startSmtpReceiver, subjectOf } from '../helpers/smtp'
import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'

/*
 * A visitor who booked opens the link in their confirmation mail, on the clinic's own site, with
 * JavaScript off (the page has none), moves the consultation to another time and then cancels it —
 * against the production build, its jobs worker and a real SMTP receiver. The page is written per
 * request: the same address shows what is true now, never a kept copy.
 */

const DAY = 24 * 60 * 60_000

describe.skipIf(!chromiumAvailable())('managing a booking from its mail, in a browser', () => {
  let server: ProductionServer
  let browser: Browser
  let smtp: SmtpReceiver | undefined
  let payload: Payload
  const mails: ReceivedMail[] = []
  let lastLeadBefore = 0
  let lastBookingBefore = 0

  beforeAll(async () => {
    smtp = await startSmtpReceiver(0, mails)
    server = await startProductionServer({ env: { SMTP_URL: smtp.url, WORKER_POLL_MS: '200', LEAD_LIMIT_PER_IP: '100' }, worker: true })
    browser = await launchChromium()
    payload = await testPayload()
    lastLeadBefore = (await payload.find({ collection: 'leads', sort: '-id', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id ?? 0
    lastBookingBefore = (await payload.find({ collection: 'bookings', sort: '-id', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id ?? 0
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await smtp?.stop()
    if (payload) {
      // A lead's erasure keeps its bookings: both go, and the booking mails still waiting (reminders).
      await payload.delete({ collection: 'bookings', where: { id: { greater_than: lastBookingBefore } }, overrideAccess: true })
      await payload.delete({ collection: 'leads', where: { id: { greater_than: lastLeadBefore } }, overrideAccess: true })
      await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
      await payload.destroy()
    }
  })

  const mailTo = async (address: string, subject: string) => {
    const deadline = Date.now() + 20_000
    for (;;) {
      const mail = mails.find((candidate) => candidate.to.includes(address) && subjectOf(candidate.raw).startsWith(subject))
      if (mail) return mail
      if (Date.now() > deadline) throw new Error(`No mail to ${address} with the subject ${subject}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  const linkIn = (mail: ReceivedMail) => /http:\/\/london\.localhost:\d+\/book\/manage\?booking=[^\s"<>&]+/.exec(decodedOf(mail.raw))![0]

  /** A booking through the consultation form's endpoint, as the /book page sends it. */
  const book = async () => {
    const london = (await payload.find({ collection: 'clinics', where: { slug: { equals: 'london' } }, depth: 0, overrideAccess: true })).docs[0]!
    const calendar = await calendarOf(payload, london.id)
    const type = calendar.typeNamed('In-clinic consultation').id
    const startsAt = (await calendar.free('In-clinic consultation')).filter((time) => time.startsAt > Date.now() + 2 * DAY)[7]!.startsAt
    const fields = visitorFields(bookingFields(type, 'any', startsAt))
    const response = await fetch(`${server.origin()}/clinics/london/book/request`, { method: 'POST', body: formDataOf(fields), headers: { accept: 'application/json' } })
    expect(response.status, await response.clone().text()).toBe(201)
    return { email: fields.email, startsAt, calendar }
  }

  const plainPage = async (): Promise<Page> => (await browser.newContext({ javaScriptEnabled: false })).newPage()

  it('opens the link from the confirmation, moves the consultation to another free time, then cancels it (JavaScript off)', async () => {
    const { email, startsAt, calendar } = await book()
    const confirmation = await mailTo(email, 'Your consultation is booked')
    const firstLink = linkIn(confirmation)

    const page = await plainPage()
    const opened = await page.goto(firstLink)
    expect(opened!.status()).toBe(200)
    expect(opened!.headers()['cache-control']).toBe('private, no-store')
    expect(opened!.headers()['x-robots-tag']).toContain('noindex')
    expect(await page.locator('h1').textContent()).toBe('Your consultation')

    // Choose the first other time offered, and move there.
    const choice = page.locator('input[name=startsAt]').first()
    const chosen = Date.parse((await choice.getAttribute('value'))!)
    expect(chosen).not.toBe(startsAt)
    await choice.check()
    await Promise.all([page.waitForURL(/done=moved/), page.click('button:has-text("Move to the chosen time")')])
    expect(await page.locator('[role=status]').textContent()).toContain('Your consultation has its new time')
    const moved = eventOf(attachedInvitation((await mailTo(email, 'Your consultation has a new time')).raw)!.text)
    expect(moved.utc('DTSTART')).toBe(chosen)
    expect(moved.value('SEQUENCE')).toBe('1')
    // The old link now says the booking moved.
    const old = await plainPage()
    await old.goto(firstLink)
    expect(await old.locator('h1').textContent()).toBe('This booking was moved')

    await Promise.all([page.waitForURL(/done=cancelled/), page.click('button:has-text("Cancel this consultation")')])
    expect(await page.locator('h1').textContent()).toBe('Your consultation is cancelled')
    const cancellation = eventOf(attachedInvitation((await mailTo(email, 'Your consultation is cancelled')).raw)!.text)
    expect([cancellation.value('METHOD'), cancellation.value('UID'), cancellation.value('SEQUENCE')]).toEqual(['CANCEL', moved.value('UID'), '2'])
    // Both times are free again at once.
    const free = (await calendar.free('In-clinic consultation')).map((time) => time.startsAt)
    expect(free).toContain(startsAt)
    expect(free).toContain(chosen)
  })

  it('is written for each request and kept by no cache: the same address shows the change at once; a changed link gets a clear page', async () => {
    const { email } = await book()
    const link = linkIn(await mailTo(email, 'Your consultation is booked'))
    const viaPath = link.replace(/^http:\/\/london\.localhost:\d+/, `${server.origin()}/clinics/london`)
    for (let visit = 0; visit < 2; visit += 1) {
      const response = await fetch(viaPath)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      // Neither Next's cache nor the page cache in front of it (which marks what it answers) kept it.
      expect(response.headers.get('x-nextjs-cache')).toBeNull()
      expect(response.headers.get('x-stipple-cache')).toBeNull()
      expect(await response.text()).toContain('Choose another time')
    }
    const token = new URL(link).searchParams.get('booking')!
    const cancelled = await fetch(viaPath.split('?')[0]!, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ booking: token, action: 'cancel' }), headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    expect(cancelled.status).toBe(303)
    expect(await (await fetch(viaPath)).text()).toContain('This consultation is cancelled')

    const tampered = await (await plainPage()).goto(link.replace(/.(?=$)/, (last) => (last === 'A' ? 'B' : 'A')))
    expect(tampered!.status()).toBe(400)
    expect(await tampered!.text()).toContain('This link does not work')
  })
})
