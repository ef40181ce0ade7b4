import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_CLINICS } from '@/seed/data/clinics'
import { DEMO_PASSWORD } from '@/seed/people'

import { type ReceivedMail, type SmtpReceiver, startSmtpReceiver } from '../helpers/smtp'
import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'
import { signIn } from './signIn'

/*
 * A visitor books a consultation on a clinic's own site — with JavaScript on and off — against the
 * production build, its jobs worker and a real SMTP receiver. The lead must show up for that
 * clinic's owner within a second, and the clinic's notification mail must arrive.
 */

const london = DEMO_CLINICS.find((clinic) => clinic.slug === 'london')!

describe.skipIf(!chromiumAvailable())('booking a consultation in a browser', () => {
  let server: ProductionServer
  let browser: Browser
  let smtp: SmtpReceiver | undefined
  const mails: ReceivedMail[] = []
  const booked: string[] = []
  let run = 0

  beforeAll(async () => {
    smtp = await startSmtpReceiver(0, mails)
    server = await startProductionServer({
      env: { SMTP_URL: smtp.url, WORKER_POLL_MS: '200', LEAD_LIMIT_PER_IP: '100' },
      worker: true,
    })
    browser = await launchChromium()
  }, 600_000)

  afterAll(async () => {
    // Later test files count the seeded leads: remove the ones booked here (as a platform admin would).
    if (server && booked.length > 0) {
      const { token } = await signIn(server.origin(), 'admin@stipple.localhost')
      const where = booked.map((email, index) => `where[or][${index}][email][equals]=${encodeURIComponent(email)}`).join('&')
      await fetch(`${server.origin()}/api/leads?${where}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
    }
    await browser?.close()
    await server?.stop()
    await smtp?.stop()
  })

  const bookingPage = async (javaScriptEnabled: boolean): Promise<Page> => {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
    await page.goto(`${server.origin('london.localhost')}/book`, { waitUntil: 'networkidle' })
    return page
  }

  const fillIn = async (page: Page, name: string, email: string) => {
    booked.push(email)
    await page.fill('#lead-name', name)
    await page.fill('#lead-email', email)
    await page.fill('#lead-phone', '020 7946 0123')
    await page.check('#lead-preferredContact-email')
    await page.selectOption('#lead-preferredTime', 'evening')
    await page.selectOption('#lead-treatment', { index: 1 })
    await page.fill('#lead-concern', 'Receding at the temples since my twenties.')
    await page.check('#lead-privacyConsent')
    // People take a moment; the form's minimum fill time files anything quicker as spam.
    await page.waitForTimeout(3_200)
  }

  const ownersView = async (email: string, owner = 'owner.london@stipple.localhost') => {
    const { token } = await signIn(server.origin(), owner)
    const response = await fetch(`${server.origin()}/api/leads?where[email][equals]=${encodeURIComponent(email)}&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const body = (await response.json()) as { docs?: { id: number; clinic: number; status: string; name: string; preferredContact: string }[] }
    if (!body.docs) throw new Error(`Reading leads as ${owner} failed (${response.status}): ${JSON.stringify(body).slice(0, 300)}`)
    return body.docs
  }

  /** Polls until the owner sees the lead; returns how long that took after the visitor's answer. */
  const seenByOwnerWithin = async (email: string, since: number) => {
    for (;;) {
      const docs = await ownersView(email)
      if (docs.length > 0) return { ms: Date.now() - since, lead: docs[0]! }
      if (Date.now() - since > 5_000) throw new Error(`Lead ${email} not visible to the owner after 5 s`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  const mailTo = async (address: string, containing: string) => {
    const deadline = Date.now() + 20_000
    for (;;) {
      const mail = mails.find((candidate) => candidate.to.includes(address) && candidate.raw.replace(/=\r?\n/g, '').includes(containing))
      if (mail) return mail
      if (Date.now() > deadline) throw new Error(`No mail to ${address} containing ${containing}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  it('with JavaScript on: inline errors first, then the request is sent without a reload and reaches the clinic', async () => {
    run += 1
    const email = `js.visitor.${run}.${Date.now()}@example.test`
    const page = await bookingPage(true)
    // Nothing filled in: the summary lists the problems and takes focus; no request leaves.
    await page.click('button[type=submit]')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lead-error-summary')
    expect(await page.locator('#lead-error-summary a').count()).toBeGreaterThanOrEqual(4)
    expect(await page.getAttribute('#lead-email', 'aria-invalid')).toBe('true')

    await fillIn(page, 'Jamie Online', email)
    const navigations: string[] = []
    page.on('framenavigated', (frame) => navigations.push(frame.url()))
    await page.click('button[type=submit]')
    await page.locator('#lead-sent').waitFor({ timeout: 10_000 })
    const answeredAt = Date.now()
    expect(navigations).toEqual([])
    expect(await page.locator('#lead-sent').textContent()).toContain('Thank you')

    const { ms, lead } = await seenByOwnerWithin(email, answeredAt)
    expect(ms).toBeLessThan(1_000)
    expect(lead).toMatchObject({ status: 'new', name: 'Jamie Online', preferredContact: 'email' })
    // Another clinic's owner does not see it.
    expect(await ownersView(email, 'owner.manchester@stipple.localhost')).toEqual([])

    const notification = await mailTo(london.contact.email, email)
    expect(notification.raw).toMatch(/^Subject: New consultation request at /m)
    await mailTo(email, `#${lead.id}`)
  })

  it('with JavaScript off: a plain form post answered by the thank-you page, and the lead reaches the clinic', async () => {
    run += 1
    const email = `plain.visitor.${run}.${Date.now()}@example.test`
    const page = await bookingPage(false)
    // The cached page's form renews its token with JavaScript; without it, a link leads to the form rendered for this visit.
    await Promise.all([page.waitForURL(/\/book\/time#booking-details$/), page.getByRole('link', { name: 'Fill in the consultation form' }).click()])
    await fillIn(page, 'Pat Plainform', email)
    await Promise.all([page.waitForURL(/\/book\/thanks$/), page.click('button[type=submit]')])
    const answeredAt = Date.now()
    expect(await page.locator('h1').textContent()).toContain('Thank you')

    const { ms, lead } = await seenByOwnerWithin(email, answeredAt)
    expect(ms).toBeLessThan(1_000)
    expect(lead.status).toBe('new')
    await mailTo(london.contact.email, email)
  })

  it('shows the lead, hostile name and all, as text in the owner’s admin list', async () => {
    run += 1
    const email = `hostile.${run}.${Date.now()}@example.test`
    const page = await bookingPage(true)
    const hostile = '<img src=x onerror="window.__pwned=1">'
    await fillIn(page, hostile, email)
    await page.click('button[type=submit]')
    await page.locator('#lead-sent').waitFor({ timeout: 10_000 })

    const admin = await (await browser.newContext()).newPage()
    await admin.goto(`${server.origin()}/admin/login`, { waitUntil: 'networkidle' })
    await admin.fill('#field-email', 'owner.london@stipple.localhost')
    await admin.fill('#field-password', DEMO_PASSWORD)
    await admin.click('button[type=submit]')
    // The admin signs in without a page load: wait until it has left the sign-in page.
    await expect.poll(() => admin.url(), { timeout: 30_000 }).not.toContain('/login')
    await admin.goto(`${server.origin()}/admin/collections/leads`, { waitUntil: 'networkidle' })
    await expect.poll(() => admin.getByText(hostile).count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await admin.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  })
})
