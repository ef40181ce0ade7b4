import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stagePriceLabel } from '@/lib/prices/format'
import { DEMO_CLINICS } from '@/seed/data/clinics'

import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'
import { visit } from './visit'

/*
 * The guided hair-loss check on a clinic's own site, in a real Chromium against the production
 * build: with JavaScript the answer appears as soon as a picture is chosen; without it the plain
 * form leads to the answer's own page. Both show that clinic's own stage price, never another's.
 */

const london = DEMO_CLINICS.find((clinic) => clinic.slug === 'london')!
const manchester = DEMO_CLINICS.find((clinic) => clinic.slug === 'manchester')!
const priceOf = (clinic: typeof london, stage: string) => {
  const price = clinic.stagePrices['smp-for-pattern-baldness']!.find((row) => row.stage === stage)!
  return stagePriceLabel(price.priceFrom, price.priceTo, 'GBP')
}

describe.skipIf(!chromiumAvailable())('the guided hair-loss check in a browser', () => {
  let server: ProductionServer
  let browser: Browser
  const site = (slug: string, pathname: string) => `${server.origin(`${slug}.localhost`)}${pathname}`

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
  }, 600_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const checkPage = async (javaScriptEnabled: boolean, slug = 'london'): Promise<Page> => {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
    const requests: string[] = []
    page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`))
    await page.goto(site(slug, '/check'), { waitUntil: 'networkidle' })
    Object.assign(page, { requests })
    return page
  }

  it('answers at once with JavaScript, sending nothing, and the answer has its own address', async () => {
    const page = await checkPage(true)
    const before = (page as Page & { requests: string[] }).requests.length
    await page.getByLabel(/Type II — fair/).check()
    await page.getByLabel(/^Norwood 5/).check()
    const answer = page.locator('#check-outcome')
    await expect(answer.textContent()).resolves.toBe(`Norwood 5 at ${london.name}`)
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain(priceOf(london, 'norwood-5'))
    expect(main).not.toContain(priceOf(manchester, 'norwood-5'))
    // The seeded Norwood 5 result (skin type II) is shown as matching both answers.
    await expect(page.getByRole('link', { name: 'A full hairline and crown in three sessions' }).count()).resolves.toBe(1)
    // Screen readers hear the answer without moving there.
    await expect(page.locator('[aria-live="polite"].visually-hidden').textContent()).resolves.toContain(`Norwood 5: SMP for pattern baldness ${priceOf(london, 'norwood-5')}`)
    expect(new URL(page.url()).pathname).toBe('/check/norwood-5/skin-2')
    // Choosing is not sending: no request left the page beyond what a picture or a prefetch loads.
    const sent = (page as Page & { requests: string[] }).requests.slice(before).filter((request) => !request.startsWith('GET '))
    expect(sent).toEqual([])

    // The button takes keyboard users to the answer.
    await page.getByRole('button', { name: 'Show my price and results' }).click()
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('check-outcome')
    const book = page.getByRole('link', { name: 'Book a free consultation' }).last()
    await expect(book.getAttribute('href')).resolves.toBe('/book?stage=norwood-5')
    await page.context().close()
  })

  it('works as a plain form without JavaScript, with a keyboard alone', async () => {
    const page = await checkPage(false)
    await page.getByLabel(/^Norwood 3/).focus()
    await page.keyboard.press('Space')
    await page.getByRole('button', { name: 'Show my price and results' }).focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/check\/norwood-3$/)
    await expect(page.locator('h1').textContent()).resolves.toBe(`Norwood 3 at ${london.name}`)
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain(priceOf(london, 'norwood-3'))
    await page.context().close()
  })

  it('shows each clinic its own price for the same stage', async () => {
    const page = await checkPage(false, 'manchester')
    await page.getByLabel(/^Norwood 3/).check()
    await page.getByRole('button', { name: 'Show my price and results' }).click()
    await page.waitForURL(/\/check\/norwood-3$/)
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain(priceOf(manchester, 'norwood-3'))
    expect(main).not.toContain(priceOf(london, 'norwood-3'))
    await page.context().close()
  })

  it('answers a made-up stage or skin type with the clinic’s own 404, and a tampered form with the question', async () => {
    for (const pathname of ['/check/norwood-9', '/check/norwood-4/skin-7', '/check/norwood-4/skin-3/extra', '/check/%3Cscript%3E']) {
      expect((await visit(site('london', pathname))).status, pathname).toBe(404)
    }
    const tampered = await visit(site('london', '/check/answer?stage=%3Cscript%3E&skin=9'))
    expect(tampered.status).toBe(303)
    expect(tampered.headers.location).toBe('/check#check-question')
    const fine = await visit(site('london', '/check/answer?stage=ludwig-2&skin=9'))
    expect(fine.headers.location).toBe('/check/ludwig-2')
  })
})
