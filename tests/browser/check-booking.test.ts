import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'
import { removeVisitorsLeads } from './removeVisitors'
import { signIn } from './signIn'

/*
 * From the guided check to a booked consultation on the London clinic's site, in a real Chromium
 * against the production build, with JavaScript on (the cached /book reads the stage from its
 * address; two guided photos, previewed under their framing guide) and off (the answer page and
 * every step link carry the stage to a form rendered with it chosen). The clinic's owner then
 * finds the stage, the photos with their views and the booking on the lead through REST.
 */

type OwnersLead = { id: number; hairLossStage?: string | null; photos: { view?: string | null; url?: string }[] }

describe.skipIf(!chromiumAvailable())('the guided check ends in a booking carrying the stage', () => {
  let server: ProductionServer
  let browser: Browser
  /** E-mail addresses of every lead this file makes: removed afterwards with their bookings. */
  const made: string[] = []
  const london = (pathname: string) => `${server.origin('london.localhost')}${pathname}`

  beforeAll(async () => {
    server = await startProductionServer({ env: { LEAD_LIMIT_PER_IP: '100' } })
    browser = await launchChromium()
  }, 600_000)

  afterAll(async () => {
    if (server) await removeVisitorsLeads(server.origin(), made)
    await browser?.close()
    await server?.stop()
  })

  const newEmail = (kind: string) => {
    const email = `check.${kind}.${Date.now()}@example.test`
    made.push(email)
    return email
  }

  const pageWith = async (javaScriptEnabled: boolean, pathname: string): Promise<Page> => {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
    await page.goto(london(pathname), { waitUntil: 'networkidle' })
    return page
  }

  const fillIn = async (page: Page, name: string, email: string) => {
    await page.fill('#lead-name', name)
    await page.fill('#lead-email', email)
    await page.fill('#lead-phone', '020 7946 0123')
    await page.check('#lead-privacyConsent')
    // The form's minimum fill time files anything quicker as spam (and books nothing).
    await page.waitForTimeout(3_200)
  }

  /** The lead with this e-mail and its bookings, as the clinic's owner reads them through REST. */
  const ownersView = async (email: string) => {
    const { auth } = await signIn(server.origin(), 'owner.london@stipple.localhost')
    const leads = (await (await fetch(`${server.origin()}/api/leads?where[email][equals]=${encodeURIComponent(email)}&depth=1`, { headers: auth })).json()) as { docs: OwnersLead[] }
    const lead = leads.docs[0]
    if (!lead) return { lead, bookings: [], auth }
    const bookings = (await (await fetch(`${server.origin()}/api/bookings?where[lead][equals]=${lead.id}&depth=0`, { headers: auth })).json()) as { docs: { status: string }[] }
    return { lead, bookings: bookings.docs, auth }
  }

  const photo = async (background: string) => ({
    name: `${background.slice(1)}.jpg`,
    mimeType: 'image/jpeg',
    buffer: await sharp({ create: { width: 480, height: 600, channels: 3, background } }).jpeg().toBuffer(),
  })

  it('with JavaScript on: the check’s answer → /book with the stage chosen → a time → two guided photos → booked', async () => {
    const email = newEmail('js')
    const page = await pageWith(true, '/check')
    await page.getByLabel(/^Norwood 4/).check()
    await Promise.all([page.waitForURL(/\/book\?stage=norwood-4$/), page.getByRole('link', { name: 'Book a free consultation' }).last().click()])
    await page.waitForLoadState('networkidle')
    // The cached page's form takes the stage from the address.
    await expect.poll(() => page.inputValue('#lead-hairLossStage')).toBe('norwood-4')

    await page.locator('a[href*="/book/time?type="]').first().click()
    await page.locator('a[href*="&day="]').first().waitFor()
    await page.locator('a[href*="&day="]').nth(1).click()
    await page.locator('a[href*="&time="]').first().waitFor()
    await page.locator('a[href*="&time="]').first().click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('booking-details')
    expect(await page.inputValue('#lead-hairLossStage')).toBe('norwood-4')

    await page.setInputFiles('#lead-photo-front', await photo('#a07050'))
    await page.setInputFiles('#lead-photo-crown', await photo('#503020'))
    // The photo shows under its framing guide, which is decoration: the instruction is the text.
    await page.getByRole('img', { name: 'Your front photo' }).waitFor()
    await page.locator('fieldset:has(#lead-photo-front)').screenshot({ path: 'test-results/screenshots/london-book-guided-photos.png' })
    expect(await page.locator('#lead-photo-front').getAttribute('capture')).toBe('environment')
    expect(await page.locator('#lead-photo-front').getAttribute('accept')).toBe('image/*')
    expect(await page.locator('#lead-photo-front-instruction').textContent()).toMatch(/level with your eyebrows/)
    expect(await page.locator('svg[aria-hidden="true"]').count()).toBeGreaterThanOrEqual(5)
    const smallest = await page.evaluate(() =>
      [...document.querySelectorAll('input[type=file]')].reduce((least, input) => Math.min(least, input.getBoundingClientRect().height), Infinity),
    )
    expect(smallest).toBeGreaterThanOrEqual(24)

    await fillIn(page, 'Norah Wood', email)
    await page.click('button[type=submit]')
    await page.locator('#lead-sent').waitFor({ timeout: 10_000 })
    expect(await page.locator('#lead-sent').textContent()).toContain('your consultation is booked')

    const { lead, bookings, auth } = await ownersView(email)
    expect(lead?.hairLossStage).toBe('norwood-4')
    expect(lead?.photos.map(({ view }) => view)).toEqual(['front', 'crown'])
    expect(bookings.map(({ status }) => status)).toEqual(['booked'])
    // The owner opens the photo itself: the clinic's own, private file.
    const file = await fetch(new URL(lead!.photos[0]!.url!, server.origin()), { headers: auth })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('image/jpeg')
  })

  it('with JavaScript off: the answer page → the step page with the stage chosen → every step keeps it → booked by a plain form post', async () => {
    const email = newEmail('plain')
    const page = await pageWith(false, '/check')
    await page.getByLabel(/^Norwood 3/).check()
    await Promise.all([page.waitForURL(/\/check\/norwood-3$/), page.getByRole('button', { name: 'Show my price and results' }).click()])
    await Promise.all([page.waitForURL(/\/book\/time\?stage=norwood-3$/), page.getByRole('link', { name: 'Book a free consultation' }).last().click()])
    expect(await page.inputValue('#lead-hairLossStage')).toBe('norwood-3')

    await Promise.all([page.waitForURL(/type=\d+&stage=norwood-3#booking-day$/), page.locator('a[href*="/book/time?type="]').first().click()])
    await Promise.all([page.waitForURL(/day=[\d-]+&stage=norwood-3#booking-time$/), page.locator('a[href*="&day="]').nth(1).click()])
    await Promise.all([page.waitForURL(/time=[^&]+&stage=norwood-3#booking-details$/), page.locator('a[href*="&time="]').first().click()])
    expect(await page.inputValue('#lead-hairLossStage')).toBe('norwood-3')
    // The guide is a plain picture here, beside its instruction.
    expect(await page.locator('#lead-photo-top').count()).toBe(1)

    await fillIn(page, 'Plain Norwood', email)
    await Promise.all([page.waitForURL(/\/book\/thanks\?booked=/), page.click('button[type=submit]')])
    expect(await page.locator('h1').textContent()).toBe('Thank you — your consultation is booked')

    const { lead, bookings } = await ownersView(email)
    expect(lead?.hairLossStage).toBe('norwood-3')
    expect(bookings.map(({ status }) => status)).toEqual(['booked'])
  })

  it('ignores a made-up stage in the address, with JavaScript or without', async () => {
    const plain = await pageWith(false, '/book/time?stage=norwood-9')
    expect(await plain.locator('h1').textContent()).toBe('Book a free consultation')
    expect(await plain.inputValue('#lead-hairLossStage')).toBe('')
    const scripted = await pageWith(true, '/book?stage=%3Cscript%3E')
    await scripted.locator('#lead-hairLossStage').waitFor()
    expect(await scripted.inputValue('#lead-hairLossStage')).toBe('')
    await plain.context().close()
    await scripted.context().close()
  })
})
