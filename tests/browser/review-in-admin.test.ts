import { mkdirSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoConsentPdf } from '@/seed/consentPdf'
import { DEMO_PASSWORD } from '@/seed/people'

import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'
import { signIn } from './signIn'
import { visit } from './visit'

/*
 * The case-study review loop, as its two people do it in the admin: London's franchise owner
 * submits a draft for review, and brand marketing publishes it — which approves it — once the
 * client's consent is on record. The result then shows on London's public results page.
 */

const OWNER = 'owner.london@stipple.localhost'
const MARKETING = 'marketing@stipple.localhost'
const ADMIN = 'admin@stipple.localhost'
const SCREENSHOTS = 'test-results/screenshots'

type Auth = Record<string, string>
type CaseStudy = {
  id: number
  title: string
  slug: string
  _status: 'draft' | 'published'
  review?: { state?: string | null; comment?: string | null }
  consent?: { onRecord?: boolean; recordedOn?: string | null; document?: unknown }
  [field: string]: unknown
}

const SYSTEM_KEYS = new Set(['id', 'createdAt', 'updatedAt'])
/** A stored row as input for a new one: without its own ids and timestamps (arrays' row ids too). */
const asInput = (value: unknown): any => {
  if (Array.isArray(value)) return value.map(asInput)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).filter(([key]) => !SYSTEM_KEYS.has(key)).map(([key, inner]) => [key, asInput(inner)]))
  return value
}

describe.skipIf(!chromiumAvailable())('the case-study review loop in the admin', () => {
  let server: ProductionServer
  let browser: Browser
  let api: string
  let owner: Auth
  let london: number
  let study: CaseStudy | undefined
  let consentForm: number | undefined
  const stamp = Date.now().toString(36)
  const title = `Temple rebuild after a decade of thinning ${stamp}`
  const slug = `temple-rebuild-${stamp}`

  const json = { 'Content-Type': 'application/json' }
  const readAs = async (auth: Auth, id: number): Promise<CaseStudy> =>
    (await (await fetch(`${api}/api/case-studies/${id}?draft=true&depth=0`, { headers: auth })).json()) as CaseStudy

  const shoot = async (page: Page, name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: `${SCREENSHOTS}/review-in-admin-${name}.png`, fullPage: true }).catch(() => undefined)
  }

  const adminAs = async (email: string): Promise<Page> => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage()
    await page.goto(`${api}/admin/login`, { waitUntil: 'networkidle' })
    await page.fill('#field-email', email)
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type=submit]')
    await expect.poll(() => page.url(), { timeout: 30_000 }).not.toContain('/login')
    return page
  }

  const openStudy = async (page: Page) => {
    await page.goto(`${api}/admin/collections/case-studies/${study!.id}`, { waitUntil: 'networkidle' })
    await page.locator('#field-title').waitFor({ timeout: 30_000 })
    // The previous person may still hold the document's edit lock (their tab just closed): take over, as a person would.
    const locked = page.locator('#document-locked')
    if (await locked.isVisible()) await locked.getByRole('button', { name: /take over/i }).click()
  }

  /** Leaves the document the way a person does (back to the dashboard, which releases the edit lock), then closes the tab. */
  const leave = async (page: Page) => {
    await page.goto(`${api}/admin`, { waitUntil: 'networkidle' })
    await page.context().close()
  }

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
    api = server.origin()
    owner = (await signIn(api, OWNER)).auth
    const clinics = (await (await fetch(`${api}/api/clinics?where[slug][equals]=london&depth=0`, { headers: owner })).json()) as { docs: { id: number }[] }
    london = clinics.docs[0]!.id

    // A fresh draft for London, made by its owner, modelled on a seeded London case study.
    const seeded = (await (
      await fetch(`${api}/api/case-studies?where[clinic][equals]=${london}&depth=0&draft=true&limit=1`, { headers: owner })
    ).json()) as { docs: CaseStudy[] }
    const { _status, review: _review, consent: _consent, slug: _slug, title: _title, ...row } = asInput(seeded.docs[0]!)
    const created = await fetch(`${api}/api/case-studies?draft=true&depth=0`, {
      method: 'POST',
      headers: { ...owner, ...json },
      body: JSON.stringify({ ...row, title, slug, clinic: london, _status: 'draft', review: { state: 'notSubmitted' }, consent: { onRecord: false } }),
    })
    const body = (await created.json()) as { doc?: CaseStudy }
    if (!body.doc) throw new Error(`Creating the draft as the owner failed (${created.status}): ${JSON.stringify(body).slice(0, 600)}`)
    study = body.doc
  }, 600_000)

  afterAll(async () => {
    if (server && (study || consentForm)) {
      const { auth: admin } = await signIn(api, ADMIN)
      // Other test files count the seeded case studies; the admin tabs may still hold the edit lock.
      if (study) expect((await fetch(`${api}/api/case-studies/${study.id}?overrideLock=true`, { method: 'DELETE', headers: admin })).status).toBe(200)
      if (consentForm) expect((await fetch(`${api}/api/consent-forms/${consentForm}?overrideLock=true`, { method: 'DELETE', headers: admin })).status).toBe(200)
    }
    await browser?.close()
    await server?.stop()
  })

  it('as London’s owner, submits the draft for review from the sidebar', async () => {
    expect(study, 'the draft was made').toBeDefined()
    expect(study!.review?.state).toBe('notSubmitted')
    const page = await adminAs(OWNER)
    await openStudy(page)
    try {
      const field = page.locator('#field-review__state')
      await field.locator('.rs__control').click()
      await page.locator('.rs__option', { hasText: 'Submitted for review' }).click()
      await expect.poll(() => field.locator('.rs__single-value').textContent()).toBe('Submitted for review')
      // Drafts save themselves; the owner still gets the "Save draft" button they look for.
      await page.locator('#action-save-draft').click()
      await expect.poll(async () => (await readAs(owner, study!.id)).review?.state, { timeout: 20_000, interval: 500 }).toBe('submitted')
      await shoot(page, 'owner-submitted')
    } catch (error) {
      await shoot(page, 'owner-failed')
      throw error
    }
    const saved = await readAs(owner, study!.id)
    expect(saved._status).toBe('draft')
    await leave(page)
  }, 120_000)

  it('as brand marketing, cannot publish it while the client’s consent is not on record', async () => {
    const page = await adminAs(MARKETING)
    await openStudy(page)
    try {
      await page.locator('#action-save').click()
      await expect.poll(() => page.locator('.payload-toast-container').textContent(), { timeout: 20_000 }).toContain('consent')
      await shoot(page, 'marketing-refused')
    } catch (error) {
      await shoot(page, 'marketing-refused-failed')
      throw error
    }
    const after = await readAs(owner, study!.id)
    expect(after._status).toBe('draft')
    expect(after.review?.state).toBe('submitted')
    expect((await fetch(`${api}/api/case-studies/${study!.id}`)).status).not.toBe(200)
    await leave(page)
  }, 120_000)

  it('as London’s owner, records the client’s consent with the signed form', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(demoConsentPdf(title))], { type: 'application/pdf' }), `consent-${stamp}.pdf`)
    form.append('_payload', JSON.stringify({ signedOn: '2026-02-01', clinic: london }))
    const uploaded = await fetch(`${api}/api/consent-forms`, { method: 'POST', headers: owner, body: form })
    const upload = (await uploaded.json()) as { doc?: { id: number } }
    expect(upload.doc, `uploading the consent form (${uploaded.status}): ${JSON.stringify(upload).slice(0, 400)}`).toBeDefined()
    consentForm = upload.doc!.id

    // Marketing's admin tab may still hold the edit lock; through the API the owner takes over, as the admin's "Take over" does.
    const patched = await fetch(`${api}/api/case-studies/${study!.id}?draft=true&depth=0&overrideLock=true`, {
      method: 'PATCH',
      headers: { ...owner, ...json },
      body: JSON.stringify({ consent: { onRecord: true, recordedOn: '2026-02-01T12:00:00.000Z', document: consentForm } }),
    })
    expect(patched.status, await patched.clone().text()).toBe(200)
    const after = await readAs(owner, study!.id)
    expect(after.consent).toMatchObject({ onRecord: true, document: consentForm })
    expect(after.review?.state).toBe('submitted')
  })

  it('as brand marketing, publishes it — approving it — and London’s results page shows it', async () => {
    const page = await adminAs(MARKETING)
    await openStudy(page)
    try {
      await page.locator('#action-save').click()
      await expect
        .poll(async () => (await page.locator('.payload-toast-container').textContent()) ?? '', { timeout: 20_000 })
        .toMatch(/success|published/i)
      // The document header and the sidebar follow: published, and approved by publishing.
      await expect.poll(() => page.locator('.doc-controls').textContent(), { timeout: 15_000 }).toMatch(/Status:\s*Published/)
      await expect.poll(() => page.locator('#field-review__state .rs__single-value').textContent(), { timeout: 15_000 }).toBe('Approved')
      await shoot(page, 'marketing-published')
    } catch (error) {
      await shoot(page, 'marketing-publish-failed')
      throw error
    }
    await leave(page)

    // Anyone may now read it, approved.
    const anonymous = await fetch(`${api}/api/case-studies/${study!.id}?depth=0`)
    expect(anonymous.status).toBe(200)
    const published = (await anonymous.json()) as CaseStudy
    expect(published._status).toBe('published')
    expect(published.review?.state).toBe('approved')
    expect(published.consent?.document, 'the signed form stays hidden from visitors').toBeUndefined()

    // The clinic's public results page shows it, in Node and in Chromium.
    const url = `${server.origin('london.localhost')}/results/${slug}`
    let html = ''
    const start = Date.now()
    while (!html.includes(title) && Date.now() - start < 15_000) {
      html = (await visit(url)).text
      if (!html.includes(title)) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(html).toContain(title)
    const visitor = await (await browser.newContext()).newPage()
    const response = await visitor.goto(url, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)
    expect(await visitor.locator('h1').textContent()).toContain(title)
    await visitor.context().close()
  }, 120_000)
})
