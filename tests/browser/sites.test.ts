import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { priceRange } from '@/lib/prices/format'
import { DEMO_CLINICS } from '@/seed/data/clinics'
import { DEMO_FAQS } from '@/seed/data/faqs'

import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'
import { signIn } from './signIn'
import { visit } from './visit'

/*
 * The clinic sites as visitors get them: a production build in a real Chromium, each clinic on its
 * own host (`<slug>.localhost` resolves to this machine in Chromium).
 */

const SCREENSHOTS = path.resolve('test-results/screenshots')
const london = DEMO_CLINICS.find((clinic) => clinic.slug === 'london')!
const manchester = DEMO_CLINICS.find((clinic) => clinic.slug === 'manchester')!
const localQuestions = (slug: string) => DEMO_FAQS.filter((faq) => faq.clinic === slug).map((faq) => faq.question)

const PAGE_TYPES = [
  ['home', '/'],
  ['treatments', '/treatments'],
  ['treatment', '/treatments/scar-camouflage'],
  ['results', '/results'],
  ['result', '/results/london-crown-and-hairline'],
  ['faq', '/faq'],
  ['about', '/about'],
  ['book', '/book'],
  ['check', '/check'],
  ['check-answer', '/check/norwood-4/skin-3'],
  ['privacy', '/privacy'],
  ['custom-page', '/open-evening'],
  ['book-days', '/book/time?type=1'],
  ['not-found', '/no-such-page'],
] as const

describe.skipIf(!chromiumAvailable())('clinic sites in a browser', () => {
  let server: ProductionServer
  let browser: Browser
  const site = (slug: string, pathname = '/') => `${server.origin(`${slug}.localhost`)}${pathname}`

  const open = async (url: string): Promise<Page> => {
    const page = await (await browser.newContext()).newPage()
    const response = await page.goto(url, { waitUntil: 'networkidle' })
    expect(response, url).not.toBeNull()
    return page
  }


  const jsonLd = async (page: Page) =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>)

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
    await mkdir(SCREENSHOTS, { recursive: true })
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows each clinic its own branding on its own host', async () => {
    for (const clinic of [london, manchester]) {
      const page = await open(site(clinic.slug))
      const look = await page.evaluate(() => {
        const style = getComputedStyle(document.body)
        return { primary: style.getPropertyValue('--colour-primary').trim(), background: style.backgroundColor, heading: style.getPropertyValue('--font-heading') }
      })
      expect(look.primary).toBe(clinic.colours.primaryColour)
      await expect(page.locator('h1').first().textContent()).resolves.toBe(clinic.name)
      await expect(page.locator('body').getAttribute('data-clinic')).resolves.toBe(clinic.slug)
      // Every image (logo, hero, cards — lazy ones too) is served on the clinic's own host.
      const images = await page.evaluate(async () =>
        Promise.all([...document.images].map(async (image) => ({ src: image.src, status: (await fetch(image.src)).status }))),
      )
      expect(images.length).toBeGreaterThan(3)
      expect(images.filter((image) => image.status !== 200)).toEqual([])
      await page.close()
    }
  })

  it('never shows one clinic the other clinic’s local questions or prices', async () => {
    for (const [clinic, other] of [
      [london, manchester],
      [manchester, london],
    ]) {
      const faq = await open(site(clinic.slug, '/faq'))
      const text = (await faq.locator('main').textContent()) ?? ''
      for (const question of localQuestions(clinic.slug)) expect(text).toContain(question)
      for (const question of localQuestions(other.slug)) expect(text).not.toContain(question)
      await faq.close()

      const treatment = await open(site(clinic.slug, '/treatments/scar-camouflage'))
      const body = (await treatment.locator('main').textContent()) ?? ''
      const [from, to] = clinic.prices['scar-camouflage']
      const [otherFrom, otherTo] = other.prices['scar-camouflage']
      expect(body).toContain(priceRange(from, to, 'GBP'))
      expect(body).not.toContain(priceRange(otherFrom, otherTo, 'GBP'))
      await treatment.close()
    }
  })

  it('sends an unknown host to the brand hub with the clinic finder', async () => {
    const page = await open(server.origin('localhost'))
    await expect(page.locator('body').getAttribute('data-clinic')).resolves.toBe('hub')
    await page.getByLabel(/city or postcode/i).fill('Manchester')
    await expect(page.locator('#find-a-clinic').textContent()).resolves.toContain(manchester.name)
    await page.close()
  })

  it('moves the before/after slider with the keyboard', async () => {
    const page = await open(site('london', '/results/london-crown-and-hairline'))
    const slider = page.getByRole('slider').first()
    await slider.focus()
    await expect(slider.getAttribute('aria-valuenow')).resolves.toBe('50')
    await page.keyboard.press('ArrowRight')
    await expect(slider.getAttribute('aria-valuenow')).resolves.toBe('55')
    await page.keyboard.press('End')
    await expect(slider.getAttribute('aria-valuenow')).resolves.toBe('100')
    await page.keyboard.press('Home')
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/^0% before/)
    await page.close()
  })

  it('shows an edit made through the API within a second, and leaves other clinics cached', async () => {
    const api = server.origin()
    const { json: auth } = await signIn(api, 'owner.london@stipple.localhost')
    const question = localQuestions('london')[0]
    const found = await fetch(`${api}/api/faqs?where[question][equals]=${encodeURIComponent(question)}&depth=0`, { headers: auth })
    const faq = ((await found.json()) as { docs: { id: number }[] }).docs[0]

    // Warm both clinics' FAQ pages so both are served from the cache.
    for (const slug of ['london', 'manchester']) await visit(site(slug, '/faq'))
    expect((await visit(site('manchester', '/faq'))).headers['x-nextjs-cache']).toBe('HIT')

    const edited = `${question} (updated ${Date.now()})`
    const saved = await fetch(`${api}/api/faqs/${faq.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ question: edited }) })
    expect(saved.status).toBe(200)
    const start = Date.now()
    let html = ''
    while (!html.includes(edited) && Date.now() - start < 5_000) html = (await visit(site('london', '/faq'))).text
    const elapsed = Date.now() - start
    expect(html).toContain(edited)
    expect(elapsed).toBeLessThan(1_000)
    expect((await visit(site('manchester', '/faq'))).headers['x-nextjs-cache']).toBe('HIT')

    await fetch(`${api}/api/faqs/${faq.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ question }) })
  })

  it('lets a signed-in owner preview a draft page that visitors do not see', async () => {
    const api = server.origin()
    const { token, json: auth } = await signIn(api, 'owner.london@stipple.localhost')
    const clinics = (await (await fetch(`${api}/api/clinics?where[slug][equals]=london&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
    const pages = (await (
      await fetch(`${api}/api/pages?where[slug][equals]=open-evening&where[clinic][equals]=${clinics.docs[0].id}&depth=0`, { headers: auth })
    ).json()) as { docs: { id: number }[] }
    const draftTitle = `Open evening (draft ${Date.now()})`
    const saved = await fetch(`${api}/api/pages/${pages.docs[0].id}?draft=true`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: draftTitle }) })
    expect(saved.status).toBe(200)

    expect((await visit(site('london', '/open-evening'))).text).not.toContain(draftTitle)
    expect((await visit(`${api}/api/preview?path=${encodeURIComponent('/clinics/london/open-evening')}`)).status).toBe(401)
    expect((await visit(`${api}/api/preview?path=${encodeURIComponent('//evil.example/')}`)).status).toBe(400)

    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: token, domain: 'localhost', path: '/' }])
    const page = await context.newPage()
    await page.goto(`${api}/api/preview?path=${encodeURIComponent('/clinics/london/open-evening')}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(draftTitle)
    await expect(page.getByRole('status').textContent()).resolves.toContain('Preview of unpublished changes')
    await context.close()

    // Visitors still get the published page, straight from the cache.
    expect((await visit(site('london', '/open-evening'))).text).not.toContain(draftTitle)
  })

  it('publishes a sitemap, robots.txt and structured data holding the right clinic’s data', async () => {
    const sitemap = (await visit(site('london', '/sitemap.xml'))).text
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(locations).toContain(site('london', '/treatments/scar-camouflage'))
    expect(locations.every((url) => url.startsWith(site('london', '/')))).toBe(true)
    const robots = (await visit(site('manchester', '/robots.txt'))).text
    expect(robots).toContain(`Sitemap: ${site('manchester', '/sitemap.xml')}`)
    expect(robots).toMatch(/^Disallow: \/admin$/m)

    const home = await open(site('london'))
    const business = (await jsonLd(home)).find((data) => data.address)
    expect(business).toMatchObject({ name: london.name, telephone: london.contact.phone.replace(/\s/g, ''), address: { postalCode: london.contact.postcode } })
    await home.close()
    const faq = await open(site('manchester', '/faq'))
    const faqPage = (await jsonLd(faq)).find((data) => data['@type'] === 'FAQPage') as { mainEntity: { name: string }[] }
    expect(faqPage.mainEntity.map((entry) => entry.name)).toEqual(expect.arrayContaining(localQuestions('manchester')))
    expect(faqPage.mainEntity.map((entry) => entry.name)).not.toEqual(expect.arrayContaining([localQuestions('london')[1]]))
    const crumbs = (await jsonLd(faq)).find((data) => data['@type'] === 'BreadcrumbList')
    expect(crumbs).toBeDefined()
    await faq.close()
  })

  it('passes axe on every page type with no serious or critical violation, and saves screenshots', async () => {
    const failures: string[] = []
    for (const [name, pathname] of PAGE_TYPES) {
      const page = await open(site('london', pathname))
      await page.screenshot({ path: path.join(SCREENSHOTS, `london-${name}.png`), fullPage: true })
      const { violations } = await new AxeBuilder({ page }).analyze()
      for (const violation of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        failures.push(`${name}: ${violation.id} (${violation.impact}) ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      }
      await page.context().close()
    }
    const hub = await open(server.origin('localhost'))
    await hub.screenshot({ path: path.join(SCREENSHOTS, 'hub-home.png'), fullPage: true })
    const { violations } = await new AxeBuilder({ page: hub }).analyze()
    failures.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `hub: ${v.id}`))
    await hub.close()
    expect(failures).toEqual([])
  }, 120_000)
})
