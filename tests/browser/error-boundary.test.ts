import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Clinic } from '@/payload-types'

import { asInput } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'
import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'
import { signIn } from './signIn'
import { visit } from './visit'

/*
 * A clinic page whose read fails shows the clinic's error boundary — with the clinic's phone — inside
 * its own layout, not Next's default. The read fails for real: the case studies' table is renamed
 * away while a clinic that no earlier test rendered is visited (so nothing of it is in the caches),
 * and renamed back afterwards.
 */

const CASE_STUDIES = 'case_studies'
const MOVED = 'case_studies_moved_by_error_boundary_test'

describe.skipIf(!chromiumAvailable())('clinic site error boundary', () => {
  let payload: Payload
  let browser: Browser
  let server: ProductionServer
  let clinic: Clinic
  const sql = (query: string) => (payload.db as unknown as { pool: { query: (text: string) => Promise<unknown> } }).pool.query(query)

  beforeAll(async () => {
    payload = await testPayload()
    server = await startProductionServer()
    const london = (await payload.find({ collection: 'clinics', where: { slug: { equals: 'london' } }, depth: 0, overrideAccess: true })).docs[0]!
    const slug = `errors-${randomBytes(4).toString('hex')}`
    // Created through the server's own API, as an admin would: the server expires its cached reads
    // itself (a clinic written from this process reaches it only by announcement, which a server
    // that has just started may not be listening for yet).
    const { json } = await signIn(server.origin(), 'admin@stipple.localhost')
    const created = await fetch(`${server.origin()}/api/clinics?depth=0`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        ...asInput(london),
        name: 'Error Boundary Studio',
        slug,
        status: 'live',
        hostnames: [{ hostname: `${slug}.localhost` }],
        treatmentsOffered: [],
        contact: { ...london.contact, phone: '+44 20 7946 0999' },
      }),
    })
    expect(created.status).toBe(201)
    clinic = ((await created.json()) as { doc: Clinic }).doc
    browser = await launchChromium()
  }, 600_000)

  afterAll(async () => {
    await sql(`ALTER TABLE IF EXISTS ${MOVED} RENAME TO ${CASE_STUDIES}`)
    await browser?.close()
    await server?.stop()
    if (clinic) await payload.delete({ collection: 'clinics', id: clinic.id, overrideAccess: true })
    await payload?.destroy()
  })

  it('shows the clinic its phone number when a page cannot read its content', async () => {
    const page = await (await browser.newContext()).newPage()
    // The server must route the new clinic's host to its site first (a stray would land on the hub's
    // results instead); its FAQ page reads no case studies, so nothing of /results is cached by it.
    const faq = `${server.origin(`${clinic.slug}.localhost`)}/faq`
    const deadline = Date.now() + 15_000
    let routed = await visit(faq)
    while (!(routed.status === 200 && routed.text.includes('Error Boundary Studio')) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      routed = await visit(faq)
    }
    expect(routed.status, `${faq} answered ${routed.status} ${routed.headers.location ?? ''}`).toBe(200)
    await sql(`ALTER TABLE ${CASE_STUDIES} RENAME TO ${MOVED}`)
    let main: string
    try {
      await page.goto(`${server.origin(`${clinic.slug}.localhost`)}/results`, { waitUntil: 'networkidle' })
      main = await page.locator('main').innerHTML()
    } finally {
      await sql(`ALTER TABLE ${MOVED} RENAME TO ${CASE_STUDIES}`)
    }
    expect(main, server.output().slice(-3000)).toContain('This page could not be loaded')
    expect(main).toContain('call Error Boundary Studio on')
    // The number as a UK caller dials it, the link in international form.
    expect(main).toContain('href="tel:+442079460999">020 7946 0999</a>')
    // Inside the clinic's own layout: its look on the body, its address in the footer.
    expect(await page.locator('body').getAttribute('data-clinic')).toBe(clinic.slug)
    expect(await page.locator('footer').innerText()).toContain('020 7946 0999')
  })

  it('leaves not-found as it is: a missing page still says so', async () => {
    const answer = await visit(`${server.origin(`${clinic.slug}.localhost`)}/no-such-page`)
    expect(answer.status).toBe(404)
    expect(answer.text).toContain('Page not found')
    expect(answer.text).not.toContain('This page could not be loaded')
  })
})
