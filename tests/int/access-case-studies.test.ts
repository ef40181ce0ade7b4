import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from '../helpers/api'
import {
  type Actor,
  type Api,
  APIS,
  AS,
  VIA,
  createAs,
  cross,
  deleteAs,
  exists,
  expectRefused,
  loadSeed,
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
 * The review workflow of case studies: owners draft, brand marketing publishes — and only with the
 * client's consent on record, which only the clinic (or a platform admin) can record.
 */

const PUBLISH_REFUSAL = /brand marketing publishes/i

describe('case studies: drafts, publishing and consent', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let londonForm: number
  const made: number[] = []

  const status = async (id: number) => (await payload.findByID({ collection: 'case-studies', id, overrideAccess: true, depth: 0 }))._status
  /** A London case study of our own; with consent on record unless told otherwise. */
  const study = async ({ published = false, consent = true } = {}) => {
    const id = await throwaway(payload, seed, 'case-studies', seed.clinics.london, {
      consent: consent ? { onRecord: true, recordedOn: '2026-01-15', document: londonForm } : { onRecord: false },
      _status: published ? 'published' : 'draft',
    })
    made.push(id)
    return id
  }

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    londonForm = seed.rows['consent-forms'].london[0]!
  })
  afterAll(async () => {
    await removeRows(payload, 'case-studies', made)
    await payload.destroy()
  })

  describe('a franchise owner drafts but never publishes', () => {
    for (const api of APIS) {
      it(`as franchise owner of London, cannot publish London's draft case study via ${VIA[api]}`, async () => {
        const id = await study()
        const res = await updateAs(payload, api, s.ownerLondon, 'case-studies', id, { _status: 'published' })
        expect(res.status).toBe(400)
        expect(res.message).toMatch(PUBLISH_REFUSAL)
        expect(await status(id)).toBe('draft')
      })

      it(`as franchise owner of London, cannot create a case study as published via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'case-studies', seed.clinics.london)
        const res = await createAs(payload, api, s.ownerLondon, 'case-studies', { ...data, _status: 'published' })
        made.push(res.doc?.id)
        expect(res.status).toBe(400)
        expect(res.message).toMatch(PUBLISH_REFUSAL)
        expect((await payload.count({ collection: 'case-studies', where: { slug: { equals: data.slug } }, overrideAccess: true })).totalDocs).toBe(0)
      })

      it(`as franchise owner of London, cannot change a published case study without review via ${VIA[api]}, but can save a draft of it`, async () => {
        const id = await study({ published: true })
        const live = await updateAs(payload, api, s.ownerLondon, 'case-studies', id, { title: 'Edited straight to the live site' })
        expect(live.status).toBe(400)
        expect(live.message).toMatch(PUBLISH_REFUSAL)
        const draft = await updateAs(payload, api, s.ownerLondon, 'case-studies', id, { title: 'Edited for review' }, { draft: true })
        expect(draft.status, draft.message).toBe(200)
        const published = await payload.findByID({ collection: 'case-studies', id, overrideAccess: true, depth: 0 })
        expect(published._status).toBe('published')
        expect(published.title).not.toMatch(/Edited/)
      })

      it(`as franchise owner of London, cannot delete a published London case study via ${VIA[api]}`, async () => {
        const id = await study({ published: true })
        expectRefused(await deleteAs(payload, api, s.ownerLondon, 'case-studies', id))
        expect(await exists(payload, 'case-studies', id)).toBe(true)
      })
    }

    it('as franchise owner of London, cannot republish by restoring a published version via GraphQL and REST', async () => {
      const id = await study({ published: true })
      await payload.update({ collection: 'case-studies', id, data: { _status: 'draft' }, overrideAccess: true })
      const versions = await payload.findVersions({ collection: 'case-studies', where: { parent: { equals: id } }, overrideAccess: true, depth: 0 })
      const publishedVersion = versions.docs.find((v) => v.version._status === 'published')!
      const viaGraphql = await graphql(`mutation { restoreVersionCaseStudy(id: ${publishedVersion.id}) { id _status } }`, { token: s.ownerLondon.token })
      expect(viaGraphql.body.errors?.[0]?.extensions?.statusCode).toBe(400)
      const viaRest = await rest('POST', `case-studies/versions/${publishedVersion.id}`, { token: s.ownerLondon.token })
      expect(viaRest.status).toBe(400)
      expect(await status(id)).toBe('draft')
    })

    for (const [actor, api] of cross(['staffLondon', 'visitor'] as Actor[], APIS)) {
      it(`${AS[actor]}, cannot publish a London case study via ${VIA[api]}`, async () => {
        const id = await study()
        expectRefused(await updateAs(payload, api, s[actor], 'case-studies', id, { _status: 'published' }))
        expect(await status(id)).toBe('draft')
      })
    }
  })

  describe('brand marketing publishes, with consent on record', () => {
    for (const api of APIS) {
      it(`as brand marketing, cannot publish a case study without the client's consent via ${VIA[api]}`, async () => {
        const id = await study({ consent: false })
        const res = await updateAs(payload, api, s.marketing, 'case-studies', id, { _status: 'published' })
        expect(res.status).toBe(400)
        expect(res.message).toMatch(/consent/i)
        expect(await status(id)).toBe('draft')
      })

      it(`as brand marketing, publishes and unpublishes a case study with consent on record via ${VIA[api]}`, async () => {
        const id = await study()
        const published = await updateAs(payload, api, s.marketing, 'case-studies', id, { _status: 'published' })
        expect(published.status, published.message).toBe(200)
        expect(await status(id)).toBe('published')
        const unpublished = await updateAs(payload, api, s.marketing, 'case-studies', id, { _status: 'draft' })
        expect(unpublished.status, unpublished.message).toBe(200)
        expect(await status(id)).toBe('draft')
      })
    }

    it('as brand marketing, cannot record consent itself to get a case study published via REST', async () => {
      const id = await study({ consent: false })
      const res = await rest('PATCH', `case-studies/${id}`, {
        token: s.marketing.token,
        body: { _status: 'published', consent: { onRecord: true, recordedOn: '2026-02-01', document: londonForm } },
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toMatch(/consent/i)
      const stored = await payload.findByID({ collection: 'case-studies', id, overrideAccess: true, depth: 0 })
      expect(stored.consent?.onRecord).toBe(false)
      expect(stored._status).toBe('draft')
    })

    it('as brand marketing, cannot publish with consent ticked but no signed form attached via REST', async () => {
      const id = await study({ consent: false })
      await payload.update({ collection: 'case-studies', id, data: { consent: { onRecord: true, recordedOn: '2026-02-01' } }, overrideAccess: true, draft: true })
      const res = await rest('PATCH', `case-studies/${id}`, { token: s.marketing.token, body: { _status: 'published' } })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toMatch(/signed consent form/i)
      expect(await status(id)).toBe('draft')
    })

    it('as franchise owner of London, records consent; then as brand marketing, publishes it via REST', async () => {
      const id = await study({ consent: false })
      const recorded = await rest('PATCH', `case-studies/${id}?draft=true`, {
        token: s.ownerLondon.token,
        body: { consent: { onRecord: true, recordedOn: '2026-02-01', document: londonForm } },
      })
      expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
      const published = await rest('PATCH', `case-studies/${id}`, { token: s.marketing.token, body: { _status: 'published' } })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      expect(published.body.doc._status).toBe('published')
      expect(await status(id)).toBe('published')
    })

    it('as franchise owner of London, cannot attach a Manchester consent form via REST', async () => {
      const id = await study({ consent: false })
      const res = await rest('PATCH', `case-studies/${id}?draft=true`, {
        token: s.ownerLondon.token,
        body: { consent: { onRecord: true, recordedOn: '2026-02-01', document: seed.rows['consent-forms'].manchester[0] } },
      })
      const stored = await payload.findByID({ collection: 'case-studies', id, overrideAccess: true, draft: true, depth: 0 })
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(stored.consent?.document ?? null).toBeNull()
    })
  })

  describe('version history', () => {
    const versionsAs = async (api: Api, actor: Actor, parent?: number): Promise<{ status: number; parents: number[]; clinics: number[] }> => {
      const where = parent ? { parent: { equals: parent } } : undefined
      if (api === 'local') {
        try {
          const res = await payload.findVersions({ collection: 'case-studies', where, depth: 0, limit: 500, overrideAccess: false, user: s[actor].user })
          return { status: 200, parents: res.docs.map((d) => Number(d.parent)), clinics: res.docs.map((d) => Number(d.version.clinic)) }
        } catch (error: any) {
          return { status: error.status ?? 500, parents: [], clinics: [] }
        }
      }
      if (api === 'rest') {
        const res = await rest('GET', `case-studies/versions?depth=0&limit=${s[actor].token ? 500 : 100}${parent ? `&where[parent][equals]=${parent}` : ''}`, { token: s[actor].token })
        return { status: res.status, parents: (res.body.docs ?? []).map((d: any) => Number(d.parent)), clinics: (res.body.docs ?? []).map((d: any) => Number(d.version.clinic)) }
      }
      const res = await graphql(`query ($where: versionsCaseStudy_where) { versionsCaseStudies(where: $where, limit: 500) { docs { parent { id } version { clinic { id } } } } }`, {
        token: s[actor].token,
        variables: { where },
      })
      const docs = res.body.data?.versionsCaseStudies?.docs ?? []
      return { status: res.body.errors?.[0]?.extensions?.statusCode ?? 200, parents: docs.map((d: any) => Number(d.parent?.id)), clinics: docs.map((d: any) => Number(d.version.clinic?.id)) }
    }

    for (const [actor, api] of cross(['ownerLondon', 'staffLondon'] as Actor[], APIS)) {
      it(`${AS[actor]}, reads the versions of London's case studies only via ${VIA[api]}`, async () => {
        const own = await versionsAs(api, actor)
        expect(own.status).toBe(200)
        expect(new Set(own.parents)).toEqual(new Set(seed.rows['case-studies'].london.concat(made.filter(Boolean))))
        expect(new Set(own.clinics)).toEqual(new Set([seed.clinics.london]))
        for (const parent of seed.rows['case-studies'].manchester) {
          const theirs = await versionsAs(api, actor, parent)
          expect(theirs.status).toBe(200)
          expect(theirs.parents).toEqual([])
        }
      })
    }

    for (const api of APIS) {
      it(`as brand marketing, reads the versions of every clinic's case studies via ${VIA[api]}`, async () => {
        const res = await versionsAs(api, 'marketing')
        expect(res.status).toBe(200)
        expect(new Set(res.clinics)).toEqual(new Set(Object.values(seed.clinics)))
      })
    }
  })
})
