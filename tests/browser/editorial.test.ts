import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { priceRange } from '@/lib/prices/format'
import { DEMO_CLINICS } from '@/seed/data/clinics'

import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'
import { signIn } from './signIn'
import { visit } from './visit'

/*
 * Brand text is written once and shown everywhere; each clinic's own words and prices stay its own.
 * Brand marketing publishes a change to a treatment's text through the API, and both London's and
 * Manchester's pages for it show the change within seconds, each around its own intro and price.
 */

const TREATMENT = 'smp-for-pattern-baldness'
const CLINICS = ['london', 'manchester'] as const
type ClinicSlug = (typeof CLINICS)[number]
const demo = (slug: ClinicSlug) => DEMO_CLINICS.find((clinic) => clinic.slug === slug)!
const OWNERS: Record<ClinicSlug, string> = { london: 'owner.london@stipple.localhost', manchester: 'owner.manchester@stipple.localhost' }

type Offer = { id?: string; treatment: number; localIntro?: string | null; [field: string]: unknown }

describe.skipIf(!chromiumAvailable())('brand edits and local words in a browser', () => {
  let server: ProductionServer
  let browser: Browser
  let api: string
  let treatment: { id: number; summary: string }
  const clinics = {} as Record<ClinicSlug, { id: number; offers: Offer[]; auth: Record<string, string> }>
  let marketing: Record<string, string>
  const stamp = Date.now().toString(36)
  const intro: Record<ClinicSlug, string> = {
    london: `In Soho our senior practitioner Priya draws every hairline herself, ref ${stamp}L.`,
    manchester: `In the Northern Quarter we book evening sessions for this treatment, ref ${stamp}M.`,
  }
  const site = (slug: ClinicSlug, pathname = `/treatments/${TREATMENT}`) => `${server.origin(`${slug}.localhost`)}${pathname}`

  const patch = (path: string, auth: Record<string, string>, body: unknown) =>
    fetch(`${api}/api/${path}`, { method: 'PATCH', headers: auth, body: JSON.stringify(body) })
  const offersWith = (offers: Offer[], localIntro: (offer: Offer) => string | null) =>
    offers.map((offer) => (offer.treatment === treatment.id ? { ...offer, localIntro: localIntro(offer) } : offer))

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
    api = server.origin()
    marketing = (await signIn(api, 'marketing@stipple.localhost')).json
    const found = (await (await fetch(`${api}/api/treatments?where[slug][equals]=${TREATMENT}&depth=0`, { headers: marketing })).json()) as {
      docs: { id: number; summary: string }[]
    }
    treatment = found.docs[0]!
    for (const slug of CLINICS) {
      const auth = (await signIn(api, OWNERS[slug])).json
      const res = (await (await fetch(`${api}/api/clinics?where[slug][equals]=${slug}&depth=0`, { headers: auth })).json()) as {
        docs: { id: number; treatmentsOffered: Offer[] }[]
      }
      clinics[slug] = { id: res.docs[0]!.id, offers: res.docs[0]!.treatmentsOffered, auth }
    }
  }, 600_000)

  afterAll(async () => {
    // Put the brand text and each clinic's menu back as the seed had them, for the other browser tests.
    if (treatment) await patch(`treatments/${treatment.id}`, marketing, { summary: treatment.summary, _status: 'published' })
    for (const slug of CLINICS) {
      const clinic = clinics[slug]
      if (clinic) await patch(`clinics/${clinic.id}`, clinic.auth, { treatmentsOffered: offersWith(clinic.offers, (offer) => offer.localIntro ?? null) })
    }
    await browser?.close()
    await server?.stop()
  })

  it('as each clinic’s owner, sets the clinic’s own intro to the treatment', async () => {
    for (const slug of CLINICS) {
      const { id, offers, auth } = clinics[slug]
      const saved = await patch(`clinics/${id}`, auth, { treatmentsOffered: offersWith(offers, () => intro[slug]) })
      expect(saved.status, await saved.text()).toBe(200)
    }
  })

  it('as brand marketing, publishes new brand text that both clinics show within seconds, each with its own intro and price', async () => {
    const summary = `Recreates the look of a closely shaved head, one tiny impression at a time, revised ${stamp}.`
    const published = await patch(`treatments/${treatment.id}`, marketing, { summary, _status: 'published' })
    expect(published.status, await published.text()).toBe(200)

    const start = Date.now()
    for (const slug of CLINICS) {
      let html = ''
      while (!html.includes(summary) && Date.now() - start < 10_000) html = (await visit(site(slug))).text
      expect(html, slug).toContain(summary)
    }
    expect(Date.now() - start).toBeLessThan(5_000)

    for (const [slug, other] of [
      ['london', 'manchester'],
      ['manchester', 'london'],
    ] as const) {
      const page = await (await browser.newContext()).newPage()
      await page.goto(site(slug), { waitUntil: 'networkidle' })
      const main = (await page.locator('main').textContent()) ?? ''
      expect(main).toContain(summary)
      expect(main).not.toContain(treatment.summary)

      // The clinic's words, captioned as the clinic's, above the brand's text.
      const own = page.getByRole('figure', { name: `At ${demo(slug).name}` })
      await expect(own.textContent()).resolves.toContain(intro[slug])
      expect(main.indexOf(intro[slug])).toBeLessThan(main.indexOf(summary))
      expect(main).not.toContain(intro[other])

      const [from, to] = demo(slug).prices[TREATMENT]!
      const [otherFrom, otherTo] = demo(other).prices[TREATMENT]!
      expect(main).toContain(priceRange(from, to, 'GBP'))
      expect(main).not.toContain(priceRange(otherFrom, otherTo, 'GBP'))
      await page.context().close()
    }
  })
})
