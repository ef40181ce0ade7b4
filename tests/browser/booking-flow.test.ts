import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ReceivedMail, type SmtpReceiver, startSmtpReceiver } from '../helpers/smtp'
import { visitorFields } from '../helpers/leads'
import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'
import { removeVisitorsLeads } from './removeVisitors'
import { signIn } from './signIn'

/*
 * A visitor books a free time on the London clinic's own /book page — consultation, day, time,
 * then the consultation form — with JavaScript on (no reload, keyboard only, the chosen time
 * announced) and off (plain links and a form post), against the production build. The booking
 * must exist for the clinic's owner with the chosen time and practitioner; a time someone else
 * takes between showing and sending is answered with the nearest free times, which book.
 */

type Booking = { id: number; startsAt: string; practitioner: number; consultationType: number; status: string; lead: number }

describe.skipIf(!chromiumAvailable())('booking a free time on a clinic’s /book page', () => {
  let server: ProductionServer
  let browser: Browser
  let smtp: SmtpReceiver | undefined
  const mails: ReceivedMail[] = []
  /** E-mail addresses of every lead this file makes, browser or API: removed afterwards with their bookings. */
  const made: string[] = []
  let run = 0

  beforeAll(async () => {
    smtp = await startSmtpReceiver(0, mails)
    server = await startProductionServer({ env: { SMTP_URL: smtp.url, WORKER_POLL_MS: '200', LEAD_LIMIT_PER_IP: '100' }, worker: true })
    browser = await launchChromium()
  }, 600_000)

  afterAll(async () => {
    if (server) await removeVisitorsLeads(server.origin(), made)
    await browser?.close()
    await server?.stop()
    await smtp?.stop()
  })

  const newEmail = (kind: string) => {
    run += 1
    const email = `${kind}.${run}.${Date.now()}@example.test`
    made.push(email)
    return email
  }

  const bookingPage = async (javaScriptEnabled: boolean): Promise<Page> => {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
    await page.goto(`${server.origin('london.localhost')}/book`, { waitUntil: 'networkidle' })
    return page
  }

  const fillIn = async (page: Page, name: string, email: string) => {
    await page.fill('#lead-name', name)
    await page.fill('#lead-email', email)
    await page.fill('#lead-phone', '020 7946 0123')
    await page.check('#lead-privacyConsent')
    // People take a moment; the form's minimum fill time files anything quicker as spam (and books nothing).
    await page.waitForTimeout(3_200)
  }

  /** The bookings of the lead with this e-mail, as the clinic's owner reads them through REST. */
  const ownersBookings = async (email: string, owner = 'owner.london@stipple.localhost'): Promise<Booking[]> => {
    const { auth } = await signIn(server.origin(), owner)
    const leads = (await (await fetch(`${server.origin()}/api/leads?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
    const lead = leads.docs[0]
    if (!lead) return []
    const bookings = (await (await fetch(`${server.origin()}/api/bookings?where[lead][equals]=${lead.id}&depth=0`, { headers: auth })).json()) as { docs: Booking[] }
    return bookings.docs
  }

  /** What the form will send for its booking. */
  const chosenFields = async (page: Page) => ({
    consultationType: Number(await page.inputValue('input[name=consultationType]')),
    practitioner: await page.inputValue('input[name=practitioner]'),
    startsAt: await page.inputValue('input[name=startsAt]'),
  })

  /**
   * Others book this time through the consultation endpoint, as other visitors' forms would, until
   * nobody is left free then ("anyone" is booked with each practitioner free at that time in turn).
   */
  const bookElsewhere = async (chosen: Awaited<ReturnType<typeof chosenFields>>) => {
    const statuses: number[] = []
    while (!statuses.includes(409) && statuses.length < 5) {
      const body = new URLSearchParams({ ...visitorFields({ email: newEmail('quicker') }), consultationType: String(chosen.consultationType), practitioner: chosen.practitioner, startsAt: chosen.startsAt })
      statuses.push((await fetch(`${server.origin()}/clinics/london/book/request`, { method: 'POST', body, headers: { Accept: 'application/json' } })).status)
    }
    expect(statuses[0]).toBe(201)
    expect(statuses.at(-1)).toBe(409)
  }

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id)

  it('with JavaScript on, by keyboard alone: type, day and time without a reload, the chosen time announced, then booked', async () => {
    const email = newEmail('keyboard')
    const page = await bookingPage(true)
    const navigations: string[] = []
    page.on('framenavigated', (frame) => navigations.push(frame.url()))

    // The first consultation, by keyboard: focus lands on the next question.
    await page.locator('a[href*="/book/time?type="]').first().focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedId(page)).toBe('booking-day')
    // Tab from the question to its first answer: the first free day.
    await page.keyboard.press('Tab')
    const day = await page.evaluate(() => document.activeElement?.textContent ?? '')
    expect(day).toMatch(/^\w+day \d{1,2} \w+, \d+ free times?$/)
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedId(page)).toBe('booking-time')
    expect(await page.locator('#booking-time').textContent()).toContain(day.split(',')[0])
    await page.keyboard.press('Tab')
    // A time's name says its day too, not only "10:30".
    const timeName = await page.evaluate(() => document.activeElement?.textContent ?? '')
    expect(timeName).toMatch(new RegExp(`^${day.split(',')[0]}, \\d{2}:\\d{2}$`))
    await page.keyboard.press('Enter')

    // The chosen time is what focus lands on, so a screen reader reads it out.
    await expect.poll(() => focusedId(page)).toBe('booking-details')
    const heading = (await page.locator('#booking-details').textContent()) ?? ''
    expect(heading).toMatch(new RegExp(`^Your consultation: ${day.split(',')[0]}, ${timeName.slice(-5)}, with .+ — in-clinic consultation, 30 min$`))
    const chosen = await chosenFields(page)
    expect(chosen.practitioner).toBe('any')

    // Targets: every step's choice is at least 24 px each way (44 px high as laid out).
    const smallest = await page.evaluate(() =>
      [...document.querySelectorAll('section[aria-labelledby="booking-steps"] a')].reduce(
        (least, link) => Math.min(least, link.getBoundingClientRect().width, link.getBoundingClientRect().height),
        Infinity,
      ),
    )
    expect(smallest).toBeGreaterThanOrEqual(24)

    await fillIn(page, 'Kay Board', email)
    await page.locator('button[type=submit]').focus()
    await page.keyboard.press('Enter')
    await page.locator('#lead-sent').waitFor({ timeout: 10_000 })
    expect(await page.locator('#lead-sent').textContent()).toContain('your consultation is booked')
    expect(navigations).toEqual([])

    const [booking, ...more] = await ownersBookings(email)
    expect(more).toEqual([])
    expect(booking).toMatchObject({ startsAt: chosen.startsAt, consultationType: chosen.consultationType, status: 'booked' })
    // Another clinic's owner does not see it.
    expect(await ownersBookings(email, 'owner.manchester@stipple.localhost')).toEqual([])
  })

  it('with JavaScript off: plain links through the steps, a chosen practitioner, a form post, and the thank-you page naming the time', async () => {
    const email = newEmail('plain')
    const page = await bookingPage(false)
    await Promise.all([page.waitForURL(/\/book\/time\?type=\d+#booking-day$/), page.locator('a[href*="/book/time?type="]').last().click()])
    expect(await page.locator('#booking-day').textContent()).toBe('3. Which day?')

    const priya = page.getByRole('link', { name: 'Priya Shah' })
    const priyaId = /practitioner=(\d+)/.exec((await priya.getAttribute('href'))!)![1]!
    await Promise.all([page.waitForURL(new RegExp(`practitioner=${priyaId}`)), priya.click()])
    expect(await page.getByRole('link', { name: 'Priya Shah' }).getAttribute('aria-current')).toBe('true')

    await Promise.all([page.waitForURL(/&day=\d{4}-\d{2}-\d{2}#booking-time$/), page.locator('a[href*="&day="]').nth(1).click()])
    const times = page.locator('a[href*="&time="]')
    expect(await times.count()).toBeGreaterThan(0)
    await Promise.all([page.waitForURL(/&time=/), times.first().click()])
    expect(await page.locator('#booking-details').textContent()).toMatch(/^Your consultation: .+, with Priya Shah — video consultation, 20 min$/)
    const chosen = await chosenFields(page)
    expect(chosen.practitioner).toBe(priyaId)

    await fillIn(page, 'Pat Plainform', email)
    await Promise.all([page.waitForURL(/\/book\/thanks\?booked=/), page.click('button[type=submit]')])
    expect(await page.locator('h1').textContent()).toBe('Thank you — your consultation is booked')
    expect(await page.locator('#booked-time').textContent()).toContain('with Priya Shah — video consultation, 20 min')

    const [booking] = await ownersBookings(email)
    expect(booking).toMatchObject({ startsAt: chosen.startsAt, practitioner: Number(priyaId), consultationType: chosen.consultationType })
  })

  it('with JavaScript on: a time taken between showing and sending is answered in place with the nearest times, and one of them books', async () => {
    const email = newEmail('second.js')
    const page = await bookingPage(true)
    await page.locator('a[href*="/book/time?type="]').first().click()
    await page.locator('#booking-time, a[href*="&day="]').first().waitFor()
    await page.locator('a[href*="&day="]').nth(2).click()
    await page.locator('a[href*="&time="]').nth(3).click()
    await expect.poll(() => focusedId(page)).toBe('booking-details')
    await fillIn(page, 'Sam Second', email)
    const wanted = await chosenFields(page)
    await bookElsewhere(wanted)

    await page.click('button[type=submit]')
    const alert = page.locator('#lead-not-sent')
    await alert.waitFor({ timeout: 10_000 })
    expect(await alert.textContent()).toContain('that time was just taken')
    const instead = alert.locator('a[href*="&time="]')
    expect(await instead.count()).toBe(3)
    await instead.first().click()
    await expect.poll(() => focusedId(page)).toBe('booking-details')
    const offered = await chosenFields(page)
    expect(offered.startsAt).not.toBe(wanted.startsAt)
    // What was typed is still there: the same form, sent again with the new time.
    expect(await page.inputValue('#lead-email')).toBe(email)
    await page.click('button[type=submit]')
    await page.locator('#lead-sent').waitFor({ timeout: 10_000 })

    const [booking] = await ownersBookings(email)
    expect(booking?.startsAt).toBe(offered.startsAt)
  })

  it('with JavaScript off: a time taken between showing and sending gets a page offering the nearest times as links to book', async () => {
    const email = newEmail('second.plain')
    const page = await bookingPage(false)
    await Promise.all([page.waitForURL(/type=/), page.locator('a[href*="/book/time?type="]').first().click()])
    await Promise.all([page.waitForURL(/day=/), page.locator('a[href*="&day="]').nth(3).click()])
    await Promise.all([page.waitForURL(/time=/), page.locator('a[href*="&time="]').nth(2).click()])
    await fillIn(page, 'Sam Plain', email)
    const wanted = await chosenFields(page)
    await bookElsewhere(wanted)

    const [answer] = await Promise.all([page.waitForResponse((response) => response.url().endsWith('/book/request')), page.click('button[type=submit]')])
    expect(answer.status()).toBe(409)
    expect(await page.locator('[role=alert]').textContent()).toContain('that time was just taken')
    const choices = page.locator('a[href*="/book/time?"][href*="time="]')
    expect(await choices.count()).toBe(3)
    await Promise.all([page.waitForURL(/\/book\/time\?/), choices.first().click()])
    const offered = await chosenFields(page)
    expect(offered.startsAt).not.toBe(wanted.startsAt)
    expect(await page.locator('#booking-details').textContent()).toMatch(/^Your consultation: /)

    await fillIn(page, 'Sam Plain', email)
    await Promise.all([page.waitForURL(/\/book\/thanks\?booked=/), page.click('button[type=submit]')])
    const [booking] = await ownersBookings(email)
    expect(booking?.startsAt).toBe(offered.startsAt)
  })

  it('answers made-up steps with a message on the page, never an error', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
    for (const query of ['type=999', 'type=abc&day=2026-13-45', 'type=1&practitioner=999999', 'type=1&day=2099-01-01', 'type=1&time=not-a-time', 'time=2030-01-01T10:00:00Z']) {
      const response = await page.goto(`${server.origin('london.localhost')}/book/time?${query}`)
      expect(response?.status(), query).toBe(200)
      expect(await page.locator('#booking-problem').textContent(), query).toMatch(/\w/)
    }
    // The JSON the enhanced page reads is never kept by a cache.
    const json = await fetch(`${server.origin()}/clinics/london/book/free-times?type=abc`)
    expect(json.status).toBe(200)
    expect(json.headers.get('cache-control')).toBe('private, no-store')
  })
})
