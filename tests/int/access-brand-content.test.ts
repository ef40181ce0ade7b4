import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from '../helpers/api'
import {
  type Actor,
  type Api,
  APIS,
  AS,
  VIA,
  asInput,
  createAs,
  cross,
  expectRefused,
  findAs,
  findByIdAs,
  idsOf,
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
 * Brand-level content: treatments (drafts + versions), brand-wide FAQs and images, and the two
 * globals. Marketing writes it; clinics and visitors read what is published.
 */

const ROLES: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffLondon', 'visitor']

type GlobalSlug = 'brand-settings' | 'legal-texts'
const GLOBAL_GQL: Record<GlobalSlug, { query: string; mutation: string; input: string; field: string }> = {
  'brand-settings': { query: 'BrandSetting', mutation: 'updateBrandSetting', input: 'mutationBrandSettingInput', field: 'tagline' },
  'legal-texts': { query: 'LegalText', mutation: 'updateLegalText', input: 'mutationLegalTextInput', field: 'leadConsentText' },
}

describe('brand content', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let published: number[]
  let draft: number

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    published = idsOf((await payload.find({ collection: 'treatments', overrideAccess: true, depth: 0, pagination: false })).docs)
    draft = await throwaway(payload, seed, 'treatments', null, { _status: 'draft' })
  })
  afterAll(async () => {
    await removeRows(payload, 'treatments', [draft])
    await payload.destroy()
  })

  describe('treatments', () => {
    for (const [actor, api] of cross(ROLES, APIS)) {
      const brandTeam = actor === 'admin' || actor === 'marketing'
      it(`${AS[actor]}, ${brandTeam ? 'sees draft treatments too' : 'sees published treatments only'} via ${VIA[api]}`, async () => {
        for (const asDraft of [undefined, true]) {
          const list = await findAs(payload, api, s[actor], 'treatments', undefined, { draft: asDraft })
          expect(list.status, list.message).toBe(200)
          expect(idsOf(list.docs)).toEqual(brandTeam ? [...published, draft].sort((a, b) => a - b) : published)
          const one = await findByIdAs(payload, api, s[actor], 'treatments', draft, { draft: asDraft })
          if (brandTeam) expect(one.doc?.id).toBe(draft)
          else expectRefused(one)
        }
      })
    }

    for (const actor of ROLES) {
      const brandTeam = actor === 'admin' || actor === 'marketing'
      it(`${AS[actor]}, ${brandTeam ? 'can' : 'cannot'} read treatment versions via REST and GraphQL`, async () => {
        const viaRest = await rest('GET', `treatments/versions?depth=0&where[parent][equals]=${draft}`, { token: s[actor].token })
        const viaGraphql = await graphql(`{ versionsTreatments(limit: 100) { docs { id parent { id } } } }`, { token: s[actor].token })
        if (brandTeam) {
          expect(viaRest.status).toBe(200)
          expect(viaRest.body.docs.length).toBeGreaterThan(0)
          expect(viaGraphql.body.data.versionsTreatments.docs.length).toBeGreaterThan(0)
        } else {
          expect(viaRest.status).toBe(403)
          expect(viaGraphql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
        }
      })
    }
  })

  describe('brand-wide FAQs', () => {
    for (const api of APIS) {
      it(`as brand marketing, cannot create a FAQ with a clinic set via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'faqs', seed.clinics.london)
        const res = await createAs(payload, api, s.marketing, 'faqs', data)
        await removeRows(payload, 'faqs', [res.doc?.id])
        expect(res.status).toBe(400)
        expect(res.message).toMatch(/brand-wide/i)
        expect((await payload.count({ collection: 'faqs', where: { question: { equals: data.question } }, overrideAccess: true })).totalDocs).toBe(0)
      })

      it(`as brand marketing, cannot move a brand-wide FAQ to a clinic via ${VIA[api]}`, async () => {
        const id = await throwaway(payload, seed, 'faqs', null)
        try {
          const res = await updateAs(payload, api, s.marketing, 'faqs', id, { clinic: seed.clinics.manchester })
          expect(res.status).toBe(400)
          const stored = await payload.findByID({ collection: 'faqs', id, overrideAccess: true, depth: 0 })
          expect(stored.clinic ?? null).toBeNull()
        } finally {
          await removeRows(payload, 'faqs', [id])
        }
      })

      it(`as franchise owner of London, cannot turn London's FAQ into a brand-wide one via ${VIA[api]}`, async () => {
        const id = await throwaway(payload, seed, 'faqs', seed.clinics.london)
        try {
          const res = await updateAs(payload, api, s.ownerLondon, 'faqs', id, { clinic: null })
          expect(res.status).toBe(400)
          expect(res.message).toMatch(/your own clinics/i)
          const stored = await payload.findByID({ collection: 'faqs', id, overrideAccess: true, depth: 0 })
          expect(stored.clinic).toBe(seed.clinics.london)
        } finally {
          await removeRows(payload, 'faqs', [id])
        }
      })

      it(`as franchise owner of London, cannot create a FAQ for Manchester or for the whole brand via ${VIA[api]}`, async () => {
        for (const clinic of [seed.clinics.manchester, null]) {
          const { data } = await sampleRow(payload, seed, 'faqs', clinic)
          const res = await createAs(payload, api, s.ownerLondon, 'faqs', clinic === null ? { ...data, clinic: undefined } : data)
          await removeRows(payload, 'faqs', [res.doc?.id])
          expect(res.status, String(clinic)).toBe(400)
          expect((await payload.count({ collection: 'faqs', where: { question: { equals: data.question } }, overrideAccess: true })).totalDocs).toBe(0)
        }
      })
    }
  })

  describe('globals', () => {
    const stored = async (slug: GlobalSlug) => (await payload.findGlobal({ slug, overrideAccess: true, depth: 0 })) as unknown as Record<string, unknown>
    const readGlobal = async (api: Api, actor: Actor, slug: GlobalSlug) => {
      const { query, field } = GLOBAL_GQL[slug]
      if (api === 'local') return (await payload.findGlobal({ slug, overrideAccess: false, user: s[actor].user, depth: 0 })) as unknown as Record<string, unknown>
      if (api === 'rest') return (await rest('GET', `globals/${slug}?depth=0`, { token: s[actor].token })).body
      return (await graphql(`{ ${query} { ${field} } }`, { token: s[actor].token })).body.data[query]
    }
    const writeGlobal = async (api: Api, actor: Actor, slug: GlobalSlug, value: string): Promise<number> => {
      const { mutation, input, field } = GLOBAL_GQL[slug]
      if (api === 'local') {
        try {
          await payload.updateGlobal({ slug, data: { [field]: value }, overrideAccess: false, user: s[actor].user })
          return 200
        } catch (error: any) {
          return error.status ?? 500
        }
      }
      if (api === 'rest') return (await rest('POST', `globals/${slug}`, { token: s[actor].token, body: { [field]: value } })).status
      // GraphQL's input type wants the global's required fields too: send the whole global.
      const { globalType: _type, ...current } = asInput(await payload.findGlobal({ slug, overrideAccess: true, depth: 0 }))
      const res = await graphql(`mutation ($data: ${input}!) { ${mutation}(data: $data) { ${field} } }`, {
        token: s[actor].token,
        variables: { data: { ...current, [field]: value } },
      })
      return res.body.errors ? (res.body.errors[0]?.extensions?.statusCode ?? 500) : 200
    }

    const writers: Record<GlobalSlug, Actor[]> = { 'brand-settings': ['admin', 'marketing'], 'legal-texts': ['admin'] }
    for (const slug of ['brand-settings', 'legal-texts'] as GlobalSlug[]) {
      for (const [actor, api] of cross(ROLES, APIS)) {
        const field = GLOBAL_GQL[slug].field
        it(`${AS[actor]}, reads ${slug} via ${VIA[api]}`, async () => {
          expect((await readGlobal(api, actor, slug))[field]).toBe((await stored(slug))[field])
        })

        const allowed = writers[slug].includes(actor)
        it(`${AS[actor]}, ${allowed ? 'can' : 'cannot'} update ${slug} via ${VIA[api]}`, async () => {
          const original = (await stored(slug))[field]
          try {
            const status = await writeGlobal(api, actor, slug, `Changed in a test by ${actor}`)
            const now = (await stored(slug))[field]
            expect(status).toBe(allowed ? 200 : 403)
            expect(now).toBe(allowed ? `Changed in a test by ${actor}` : original)
          } finally {
            await payload.updateGlobal({ slug, data: { [field]: original }, overrideAccess: true })
          }
        })
      }
    }
  })
})
