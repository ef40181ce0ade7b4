import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Clinic } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { type ProductionServer, startProductionServer } from './productionServer'
import { visit } from './visit'

/*
 * A clinic page whose read fails shows the clinic's error boundary — with the clinic's phone — inside
 * its own layout, not Next's default. The read fails for real: the case studies' table is renamed
 * away while a clinic that no earlier test rendered is visited (so nothing of it is in the caches),
 * and renamed back afterwards.
 */

const CASE_STUDIES = 'case_studies'
const MOVED = 'case_studies_moved_by_error_boundary_test'

/** A stored document as a new one's data: without the row ids of its arrays, which belong to it. */
const withoutIds = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutIds)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, inner]) => [key, withoutIds(inner)]))
      : value

describe('clinic site error boundary', () => {
  let payload: Payload
  let server: ProductionServer
  let clinic: Clinic
  const sql = (query: string) => (payload.db as unknown as { pool: { query: (text: string) => Promise<unknown> } }).pool.query(query)

  beforeAll(async () => {
    payload = await testPayload()
    const london = (await payload.find({ collection: 'clinics', where: { slug: { equals: 'london' } }, depth: 0, overrideAccess: true })).docs[0]!
    const { createdAt: _created, updatedAt: _updated, ...stored } = london
    const slug = `errors-${randomBytes(4).toString('hex')}`
    clinic = await payload.create({
      collection: 'clinics',
      overrideAccess: true,
      depth: 0,
      data: {
        ...(withoutIds(stored) as typeof stored),
        name: 'Error Boundary Studio',
        slug,
        status: 'live',
        hostnames: [],
        treatmentsOffered: [],
        contact: { ...london.contact, phone: '+44 20 7946 0999' },
      },
    })
    server = await startProductionServer()
  }, 600_000)

  afterAll(async () => {
    await sql(`ALTER TABLE IF EXISTS ${MOVED} RENAME TO ${CASE_STUDIES}`)
    await server?.stop()
    if (clinic) await payload.delete({ collection: 'clinics', id: clinic.id, overrideAccess: true })
    await payload?.destroy()
  })

  it('shows the clinic its phone number when a page cannot read its content', async () => {
    const page = `${server.origin(`${clinic.slug}.localhost`)}/results`
    await sql(`ALTER TABLE ${CASE_STUDIES} RENAME TO ${MOVED}`)
    let answer
    try {
      answer = await visit(page)
    } finally {
      await sql(`ALTER TABLE ${MOVED} RENAME TO ${CASE_STUDIES}`)
    }
    const main = /<main id="main">([\s\S]*?)<\/main>/.exec(answer.text)?.[1] ?? ''
    expect(main, server.output()).toContain('This page could not be loaded')
    expect(main).toContain('call Error Boundary Studio on')
    expect(main).toContain('href="tel:+442079460999"')
    // Inside the clinic's own layout: its name in the footer, its look on the body.
    expect(answer.text).toContain(`data-clinic="${clinic.slug}"`)
  })

  it('leaves not-found as it is: a missing page still says so', async () => {
    const answer = await visit(`${server.origin(`${clinic.slug}.localhost`)}/no-such-page`)
    expect(answer.status).toBe(404)
    expect(answer.text).toContain('Page not found')
    expect(answer.text).not.toContain('This page could not be loaded')
  })
})
