import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { treatedLead } from '../helpers/reviews'
import { decodedOf, type ReceivedMail, type SmtpReceiver, startSmtpReceiver, subjectOf } from '../helpers/smtp'
import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'

/*
 * A treated client opens the review request from their mail on the clinic's own site with
 * JavaScript off, sends a critical review, and finds it on the clinic's /reviews page — then with the
 * owner's reply once the owner adds one — against the production build, its worker and a real SMTP
 * receiver. The page passes axe and carries no rating markup for the clinic.
 */

describe.skipIf(!chromiumAvailable())('a client’s review, from the request mail to the clinic’s site', () => {
  let server: ProductionServer
  let browser: Browser
  let smtp: SmtpReceiver | undefined
  let payload: Payload
  const mails: ReceivedMail[] = []
  const leads: number[] = []

  beforeAll(async () => {
    smtp = await startSmtpReceiver(0, mails)
    server = await startProductionServer({ env: { SMTP_URL: smtp.url, WORKER_POLL_MS: '200' }, worker: true })
    browser = await launchChromium()
    payload = await testPayload()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await smtp?.stop()
    if (payload) {
      // Erasing the leads erases their reviews; the later requests still waiting go with the jobs.
      for (const id of leads) await payload.delete({ collection: 'leads', id, overrideAccess: true }).catch(() => undefined)
      await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
      await payload.destroy()
    }
  })

  const mailTo = async (address: string) => {
    const deadline = Date.now() + 30_000
    for (;;) {
      const mail = mails.find((candidate) => candidate.to.includes(address))
      if (mail) return mail
      if (Date.now() > deadline) throw new Error(`No review request to ${address}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  const plainPage = async (): Promise<Page> => (await browser.newContext({ javaScriptEnabled: false })).newPage()

  /** The page as a visitor gets it now, polled while an expiry reaches it. */
  const reviewsPageShows = async (text: string) => {
    const deadline = Date.now() + 10_000
    for (;;) {
      const html = await (await fetch(`${server.origin()}/clinics/london/reviews`)).text()
      if (html.includes(text)) return html
      if (Date.now() > deadline) throw new Error(`The reviews page does not show: ${text}`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }

  it('sends the review from the mail’s link without JavaScript, shows it on /reviews, then with the owner’s reply', async () => {
    const london = (await payload.find({ collection: 'clinics', where: { slug: { equals: 'london' } }, depth: 0, overrideAccess: true })).docs[0]!
    // Warm the page first: the new review must expire it, not merely be read the first time.
    await fetch(`${server.origin()}/clinics/london/reviews`)
    const lead = await treatedLead(payload, london.id)
    leads.push(lead.id)
    const mail = await mailTo(lead.email)
    expect(subjectOf(mail.raw)).toBe(`How was your treatment? — ${london.name}`)
    const link = /http:\/\/london\.localhost:\d+\/review\?t=[^\s"<>&]+/.exec(decodedOf(mail.raw))![0]

    const page = await plainPage()
    const opened = await page.goto(link)
    expect(opened!.status()).toBe(200)
    expect(opened!.headers()['cache-control']).toBe('private, no-store')
    await page.getByLabel('2 stars').check()
    const text = `Sessions ran late twice and the crown needed a third visit (${lead.id}).`
    await page.getByLabel('Your review', { exact: true }).fill(text)
    expect(await page.getByLabel('Name shown with your review').inputValue()).toBe('Rowan T.')
    await page.getByLabel('This review is about my own treatment and my own experience.').check()
    const [sent] = await Promise.all([page.waitForResponse((response) => response.request().method() === 'POST'), page.click('button:has-text("Publish my review")')])
    expect(sent.status()).toBe(201)
    expect(await page.locator('h1').textContent()).toBe('Thank you for your review')
    // The same link again: refused, and still one review.
    const again = await (await plainPage()).goto(link)
    expect(again!.status()).toBe(409)

    const shown = await reviewsPageShows(text)
    expect(shown).toContain('Rated 2 out of 5')
    expect(shown).toContain('Rowan T.')
    expect(shown).not.toContain(lead.name)

    // The owner replies through the API, signed in as the owner.
    const login = await fetch(`${server.origin()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'owner.london@stipple.localhost', password: 'stipple-demo-only' }) })
    const { token } = (await login.json()) as { token: string }
    const [review] = (await payload.find({ collection: 'reviews', where: { lead: { equals: lead.id } }, overrideAccess: true, depth: 0 })).docs
    const reply = `We are sorry about the waiting, and thank you for coming back (${lead.id}).`
    const replied = await fetch(`${server.origin()}/api/reviews/${review!.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify({ ownerReply: reply }) })
    expect(replied.status, await replied.clone().text()).toBe(200)
    await reviewsPageShows(reply)

    const reviewsPage = await plainPage()
    await reviewsPage.goto(`${server.origin('london.localhost')}/reviews`)
    await expect.poll(async () => reviewsPage.locator('.review-reply').filter({ hasText: reply }).count()).toBe(1)
    const markup = (await reviewsPage.locator('script[type="application/ld+json"]').allTextContents()).join('\n')
    expect(markup).not.toMatch(/aggregateRating|ratingValue|reviewCount/)
    const home = await plainPage()
    await home.goto(`${server.origin('london.localhost')}/`)
    expect(await home.locator('#reviews-heading').textContent()).toBe('What clients say')
    expect((await home.locator('script[type="application/ld+json"]').allTextContents()).join('\n')).not.toMatch(/aggregateRating|ratingValue|reviewCount/)
  }, 120_000)

  it('passes axe on /reviews and on the review form with no serious or critical violation', async () => {
    const failures: string[] = []
    const london = (await payload.find({ collection: 'clinics', where: { slug: { equals: 'london' } }, depth: 0, overrideAccess: true })).docs[0]!
    const lead = await treatedLead(payload, london.id)
    leads.push(lead.id)
    const link = /http:\/\/london\.localhost:\d+\/review\?t=[^\s"<>&]+/.exec(decodedOf((await mailTo(lead.email)).raw))![0]
    for (const [name, url] of [['reviews', `${server.origin('london.localhost')}/reviews`], ['review form', link]] as const) {
      const page = await (await browser.newContext()).newPage()
      await page.goto(url, { waitUntil: 'networkidle' })
      const { violations } = await new AxeBuilder({ page }).analyze()
      failures.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${name}: ${v.id} ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`))
      await page.context().close()
    }
    expect(failures).toEqual([])
  }, 60_000)
})
