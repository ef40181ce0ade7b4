import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Actor, createAs, loadSeed, removeRows, sampleRow, type Seed, type Session, signInAll } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/* Where a clinic's own page can live: not twice at one address, and never where the site has a page of its own. */

describe('clinic page addresses', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  const created: number[] = []

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
  })
  afterAll(async () => {
    await removeRows(payload, 'pages', created)
    await payload.destroy()
  })

  const createPage = async (clinic: 'london' | 'manchester', slug: string) => {
    const { data } = await sampleRow(payload, seed, 'pages', seed.clinics[clinic])
    const owner = clinic === 'london' ? s.ownerLondon : s.ownerManchester
    const res = await createAs(payload, 'rest', owner, 'pages', { ...data, slug, _status: 'draft' }, { draft: true })
    if (res.doc?.id) created.push(Number(res.doc.id))
    return res
  }

  for (const slug of ['check', 'treatments', 'book', 'results', 'fonts', 'sitemap-xml']) {
    it(`refuses a page at /${slug}, which the site answers itself, storing nothing`, async () => {
      const before = await payload.count({ collection: 'pages', overrideAccess: true })
      const res = await createPage('london', slug)
      expect(res.status).toBe(400)
      expect(res.message).toContain(`/${slug} is one of the site's own pages`)
      expect((await payload.count({ collection: 'pages', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    })
  }

  it('lets two clinics have a page at one address, but not one clinic twice', async () => {
    const slug = `spring-offer-${process.pid}`
    expect((await createPage('london', slug)).status).toBe(201)
    expect((await createPage('manchester', slug)).status).toBe(201)
    const again = await createPage('london', slug)
    expect(again.status).toBe(400)
    expect(again.message).toContain(`This clinic already has a page at /${slug}.`)
  })
})
