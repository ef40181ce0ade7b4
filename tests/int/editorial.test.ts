import type { Field, Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { META_DESCRIPTION_MESSAGE } from '@/collections/Pages/hooks/requireMetaDescriptionToPublish'

import { rest } from '../helpers/api'
import {
  type Actor,
  APIS,
  AS,
  VIA,
  createAs,
  cross,
  expectRefused,
  findAs,
  loadSeed,
  pngFile,
  removeRows,
  sampleRow,
  type Seed,
  type Session,
  signInAll,
  throwaway,
  updateAs,
} from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * The editorial workflow: publishing at a chosen time through Payload's jobs queue, the publishing
 * log, the meta-description guard on clinic pages, and autosaving drafts.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('editorial workflow', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  const made: { pages: number[]; treatments: number[]; media: number[] } = { pages: [], treatments: [], media: [] }

  /** The publishing log's entries about one document, oldest first. */
  const logOf = async (collectionName: string, document: number) =>
    (
      await payload.find({
        collection: 'publish-log',
        where: { and: [{ collectionName: { equals: collectionName } }, { document: { equals: document } }] },
        sort: 'createdAt',
        overrideAccess: true,
        depth: 0,
        pagination: false,
      })
    ).docs

  /** What an anonymous visitor gets for a page through REST. */
  const visitorReads = async (id: number) => (await rest('GET', `pages/${id}?depth=0`)).status

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
  })
  afterAll(async () => {
    await removeRows(payload, 'pages', made.pages)
    await removeRows(payload, 'treatments', made.treatments)
    await removeRows(payload, 'media', made.media)
    await payload.destroy()
  })

  describe('scheduled publishing', () => {
    /** As the admin's schedule drawer does it: a schedulePublish job on the default queue, run by the worker. */
    const schedule = async (type: 'publish' | 'unpublish', page: number, inMs: number) => {
      const waitUntil = new Date(Date.now() + inMs)
      const job = await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type, doc: { relationTo: 'pages', value: String(page) as never }, user: { relationTo: 'users', value: seed.users.ownerLondon } },
        waitUntil,
      })
      return { job, waitUntil }
    }
    const pendingJob = async (id: number | string) =>
      (await payload.find({ collection: 'payload-jobs', where: { and: [{ id: { equals: id } }, { completedAt: { exists: false } }] }, overrideAccess: true })).docs[0]

    it('publishes a London draft page at its time, not before, and logs it', async () => {
      const page = await throwaway(payload, seed, 'pages', seed.clinics.london, { _status: 'draft' })
      made.pages.push(page)
      const { job, waitUntil } = await schedule('publish', page, 2_000)

      await payload.jobs.run({ queue: 'default' })
      expect((await payload.findByID({ collection: 'pages', id: page, overrideAccess: true, depth: 0 }))._status).toBe('draft')
      expect([403, 404]).toContain(await visitorReads(page))
      expect(await pendingJob(job.id)).toBeDefined()
      expect(await logOf('pages', page)).toEqual([])

      await sleep(waitUntil.getTime() - Date.now() + 300)
      await payload.jobs.run({ queue: 'default' })
      expect(await pendingJob(job.id)).toBeUndefined()
      expect((await payload.findByID({ collection: 'pages', id: page, overrideAccess: true, depth: 0 }))._status).toBe('published')
      expect(await visitorReads(page)).toBe(200)
      // The job runs as the person who scheduled it.
      expect(await logOf('pages', page)).toEqual([expect.objectContaining({ action: 'published', by: seed.users.ownerLondon, clinic: seed.clinics.london })])
    })

    it('unpublishes a live London page at its time, not before, and logs it', async () => {
      const page = await throwaway(payload, seed, 'pages', seed.clinics.london, { _status: 'published' })
      made.pages.push(page)
      const logged = (await logOf('pages', page)).length
      const { job, waitUntil } = await schedule('unpublish', page, 2_000)

      await payload.jobs.run({ queue: 'default' })
      expect(await visitorReads(page)).toBe(200)
      expect(await pendingJob(job.id)).toBeDefined()

      await sleep(waitUntil.getTime() - Date.now() + 300)
      await payload.jobs.run({ queue: 'default' })
      expect(await pendingJob(job.id)).toBeUndefined()
      expect((await payload.findByID({ collection: 'pages', id: page, overrideAccess: true, depth: 0 }))._status).toBe('draft')
      expect([403, 404]).toContain(await visitorReads(page))
      const entries = await logOf('pages', page)
      expect(entries).toHaveLength(logged + 1)
      expect(entries.at(-1)).toMatchObject({ action: 'unpublished', by: seed.users.ownerLondon })
    })
  })

  describe('publishing log', () => {
    let treatment: number
    beforeAll(async () => {
      treatment = await throwaway(payload, seed, 'treatments', null, { _status: 'draft' })
      made.treatments.push(treatment)
    })

    it('as brand marketing, publishing a treatment writes an entry by marketing; a draft on top writes none; unpublishing writes one', async () => {
      expect(await logOf('treatments', treatment)).toEqual([])

      const published = await rest('PATCH', `treatments/${treatment}?depth=0`, { token: s.marketing.token, body: { _status: 'published' } })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      expect(await logOf('treatments', treatment)).toEqual([
        expect.objectContaining({ action: 'published', collectionName: 'treatments', document: treatment, by: seed.users.marketing }),
      ])

      const draft = await rest('PATCH', `treatments/${treatment}?depth=0&draft=true`, { token: s.marketing.token, body: { summary: 'A draft on top of the live text.' } })
      expect(draft.status, JSON.stringify(draft.body)).toBe(200)
      const autosave = await rest('PATCH', `treatments/${treatment}?depth=0&draft=true&autosave=true`, { token: s.marketing.token, body: { summary: 'Autosaved.' } })
      expect(autosave.status, JSON.stringify(autosave.body)).toBe(200)
      expect(await logOf('treatments', treatment)).toHaveLength(1)
      expect((await rest('GET', `treatments/${treatment}?depth=0`)).status).toBe(200)

      const unpublished = await rest('PATCH', `treatments/${treatment}?depth=0`, { token: s.marketing.token, body: { _status: 'draft' } })
      expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200)
      const entries = await logOf('treatments', treatment)
      expect(entries.map((entry) => [entry.action, entry.by])).toEqual([
        ['published', seed.users.marketing],
        ['unpublished', seed.users.marketing],
      ])
      expect([403, 404]).toContain((await rest('GET', `treatments/${treatment}?depth=0`)).status)
    })

    const ROLES: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffLondon', 'visitor']
    for (const [actor, api] of cross(ROLES, APIS)) {
      const reads = actor === 'admin'
      it(`${AS[actor]}, ${reads ? 'reads' : 'cannot read'} the publishing log via ${VIA[api]}`, async () => {
        const all = await payload.count({ collection: 'publish-log', overrideAccess: true })
        expect(all.totalDocs).toBeGreaterThan(0)
        const res = await findAs(payload, api, s[actor], 'publish-log')
        if (reads) {
          expect(res.status, res.message).toBe(200)
          expect(res.docs).toHaveLength(Math.min(all.totalDocs, 200))
        } else {
          expectRefused(res)
        }
      })
    }

    for (const [actor, api] of cross(['marketing', 'ownerLondon'] as Actor[], APIS)) {
      it(`${AS[actor]}, cannot write to the publishing log via ${VIA[api]}`, async () => {
        const data = { action: 'published', collectionName: 'pages', document: 1, clinic: seed.clinics.london }
        const before = (await payload.count({ collection: 'publish-log', overrideAccess: true })).totalDocs
        const res = await createAs(payload, api, s[actor], 'publish-log', data)
        expect(res.status).toBe(403)
        expect((await payload.count({ collection: 'publish-log', overrideAccess: true })).totalDocs).toBe(before)
      })
    }
  })

  describe('a clinic page needs a meta description to go live', () => {
    const noDescription = { seo: { metaDescription: null } }

    for (const api of APIS) {
      it(`as franchise owner of London, cannot publish a page without a meta description via ${VIA[api]}, but can save it as a draft`, async () => {
        const page = await throwaway(payload, seed, 'pages', seed.clinics.london, { _status: 'draft', ...noDescription })
        made.pages.push(page)

        const refused = await updateAs(payload, api, s.ownerLondon, 'pages', page, { _status: 'published' })
        expect(refused.status, refused.message).toBe(400)
        expect(refused.message).toContain('Add a meta description before publishing')
        expect(refused.doc ?? null).toBeNull()
        expect((await payload.findByID({ collection: 'pages', id: page, overrideAccess: true, depth: 0 }))._status).toBe('draft')

        const draft = await updateAs(payload, api, s.ownerLondon, 'pages', page, { title: 'Open evening, still a draft' }, { draft: true })
        expect(draft.status, draft.message).toBe(200)
        const stored = await payload.findByID({ collection: 'pages', id: page, overrideAccess: true, draft: true, depth: 0 })
        expect(stored).toMatchObject({ title: 'Open evening, still a draft', _status: 'draft' })
        expect(await logOf('pages', page)).toEqual([])
      })

      it(`as franchise owner of London, publishes a page with a meta description via ${VIA[api]}`, async () => {
        const page = await throwaway(payload, seed, 'pages', seed.clinics.london, { _status: 'draft', ...noDescription })
        made.pages.push(page)
        const res = await updateAs(payload, api, s.ownerLondon, 'pages', page, {
          _status: 'published',
          seo: { metaDescription: 'Open evening at the Soho studio: meet the team and see how SMP works.' },
        })
        expect(res.status, res.message).toBe(200)
        expect(await visitorReads(page)).toBe(200)
        expect(await logOf('pages', page)).toEqual([expect.objectContaining({ action: 'published', by: seed.users.ownerLondon })])
      })

      it(`as franchise owner of London, cannot create a page straight away published without a meta description via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'pages', seed.clinics.london)
        const res = await createAs(payload, api, s.ownerLondon, 'pages', { ...data, ...noDescription, _status: 'published' })
        if (res.doc?.id) made.pages.push(Number(res.doc.id))
        expect(res.status, res.message).toBe(400)
        expect(res.message).toContain('Add a meta description before publishing')
        expect((await payload.count({ collection: 'pages', where: { slug: { equals: data.slug } }, overrideAccess: true })).totalDocs).toBe(0)
      })
    }

    it('says which field and what to do', async () => {
      const page = await throwaway(payload, seed, 'pages', seed.clinics.london, { _status: 'draft', ...noDescription })
      made.pages.push(page)
      const res = await rest('PATCH', `pages/${page}?depth=0`, { token: s.ownerLondon.token, body: { _status: 'published', seo: { metaDescription: '   ' } } })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'seo.metaDescription', message: META_DESCRIPTION_MESSAGE })])
    })

    it('takes every image of a page from media, whose alternative text is required', async () => {
      const uploads: { path: string; relationTo: unknown }[] = []
      const walk = (fields: Field[], path: string) => {
        for (const field of fields) {
          const name = 'name' in field && field.name ? `${path}${field.name}` : path.replace(/\.$/, '')
          if (field.type === 'upload') uploads.push({ path: name, relationTo: field.relationTo })
          if ('fields' in field && field.fields) walk(field.fields, `${name}.`)
          if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields, path)
          if (field.type === 'blocks') for (const block of field.blocks ?? []) walk(block.fields, `${name}.${block.slug}.`)
        }
      }
      walk(payload.collections.pages.config.fields, '')
      expect(uploads.map((upload) => upload.path)).toEqual(expect.arrayContaining(['layout.hero.image', 'seo.shareImage']))
      expect(uploads.filter((upload) => upload.relationTo !== 'media')).toEqual([])
      const alt = payload.collections.media.config.fields.find((field) => 'name' in field && field.name === 'alt')
      expect(alt).toMatchObject({ required: true })
    })

    for (const api of ['local', 'rest'] as const) {
      it(`as franchise owner of London, cannot upload an image without alternative text via ${VIA[api]}`, async () => {
        const file = await pngFile(`no-alt-${api}-${Date.now()}.png`)
        const res = await createAs(payload, api, s.ownerLondon, 'media', { clinic: seed.clinics.london }, { file })
        if (res.doc?.id) made.media.push(Number(res.doc.id))
        expect(res.status, res.message).toBe(400)
        expect(res.message).toMatch(/alt/i)
        const where: Where = { filename: { equals: file.name } }
        expect((await payload.count({ collection: 'media', where, overrideAccess: true })).totalDocs).toBe(0)
      })
    }
  })

  describe('autosave', () => {
    for (const slug of ['treatments', 'case-studies', 'pages', 'faqs'] as const) {
      it(`${slug} autosave drafts and can be scheduled`, () => {
        const drafts = payload.collections[slug].config.versions?.drafts
        expect(drafts).toMatchObject({ autosave: expect.objectContaining({ interval: expect.any(Number), showSaveDraftButton: true }), schedulePublish: expect.anything() })
      })
    }

    it('as franchise owner of London, autosaves a page without a meta description, and the version is marked as an autosave', async () => {
      const page = await throwaway(payload, seed, 'pages', seed.clinics.london, { _status: 'draft', seo: { metaDescription: null } })
      made.pages.push(page)
      const res = await rest('PATCH', `pages/${page}?depth=0&draft=true&autosave=true`, { token: s.ownerLondon.token, body: { title: 'Typed, not yet saved' } })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const latest = (await payload.findVersions({ collection: 'pages', where: { parent: { equals: page } }, sort: '-updatedAt', limit: 1, overrideAccess: true })).docs[0]
      expect(latest).toMatchObject({ autosave: true, version: expect.objectContaining({ title: 'Typed, not yet saved', _status: 'draft' }) })
    })
  })
})
