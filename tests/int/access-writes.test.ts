import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type Actor,
  type Api,
  APIS,
  AS,
  VIA,
  clinicOf,
  createAs,
  deleteAs,
  exists,
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
 * Create, update and delete of every content collection by every role, through all three APIs.
 * Each case works on a row made for it (and removed after), never on the seed. Clinics and users
 * have their own file (access-clinics-and-users); leads' special rules are in access-leads.
 */

type Slug = 'treatments' | 'faqs' | 'case-studies' | 'leads' | 'media' | 'consent-forms' | 'team-members' | 'pages'

type Rule = {
  collection: Slug
  /** The row's clinic: London's, or brand-wide. */
  clinic: 'london' | null
  what: string
  /** Who passes the collection's `create` access at all (others get 403; these may still get 400 for the clinic). */
  createGate: Actor[]
  create: Actor[]
  update: Actor[]
  delete: Actor[]
  patch: Record<string, unknown>
}

const ACTORS: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffLondon', 'ownerManchester', 'visitor']
const OWNERS: Actor[] = ['admin', 'ownerLondon', 'ownerManchester']

const RULES: Rule[] = [
  { collection: 'treatments', clinic: null, what: 'a treatment', createGate: ['admin', 'marketing'], create: ['admin', 'marketing'], update: ['admin', 'marketing'], delete: ['admin', 'marketing'], patch: { summary: 'Changed in a test.' } },
  { collection: 'faqs', clinic: null, what: 'a brand-wide FAQ', createGate: ['admin', 'marketing', 'ownerLondon', 'ownerManchester'], create: ['admin', 'marketing'], update: ['admin', 'marketing'], delete: ['admin', 'marketing'], patch: { question: 'Changed in a test?' } },
  { collection: 'faqs', clinic: 'london', what: 'a London FAQ', createGate: ['admin', 'marketing', 'ownerLondon', 'ownerManchester'], create: ['admin', 'ownerLondon'], update: ['admin', 'ownerLondon'], delete: ['admin', 'ownerLondon'], patch: { question: 'Changed in a test?' } },
  { collection: 'case-studies', clinic: 'london', what: 'a London draft case study', createGate: ['admin', 'marketing', 'ownerLondon', 'ownerManchester'], create: ['admin', 'marketing', 'ownerLondon'], update: ['admin', 'marketing', 'ownerLondon'], delete: ['admin', 'marketing', 'ownerLondon'], patch: { title: 'Changed in a test' } },
  { collection: 'leads', clinic: 'london', what: 'a London lead', createGate: [], create: [], update: ['admin', 'ownerLondon', 'staffLondon'], delete: ['admin', 'ownerLondon'], patch: { status: 'contacted' } },
  { collection: 'media', clinic: 'london', what: 'a London image', createGate: ['admin', 'marketing', 'ownerLondon', 'ownerManchester'], create: ['admin', 'marketing', 'ownerLondon'], update: ['admin', 'marketing', 'ownerLondon'], delete: ['admin', 'marketing', 'ownerLondon'], patch: { alt: 'Changed in a test' } },
  { collection: 'media', clinic: null, what: 'a brand-wide image', createGate: ['admin', 'marketing', 'ownerLondon', 'ownerManchester'], create: ['admin', 'marketing'], update: ['admin', 'marketing'], delete: ['admin', 'marketing'], patch: { alt: 'Changed in a test' } },
  { collection: 'consent-forms', clinic: 'london', what: 'a London consent form', createGate: OWNERS, create: ['admin', 'ownerLondon'], update: ['admin', 'ownerLondon'], delete: ['admin', 'ownerLondon'], patch: { signedOn: '2026-03-03T00:00:00.000Z' } },
  { collection: 'team-members', clinic: 'london', what: 'a London team member', createGate: OWNERS, create: ['admin', 'ownerLondon'], update: ['admin', 'ownerLondon'], delete: ['admin', 'ownerLondon'], patch: { jobTitle: 'Changed in a test' } },
  { collection: 'pages', clinic: 'london', what: 'a London page', createGate: OWNERS, create: ['admin', 'ownerLondon'], update: ['admin', 'ownerLondon'], delete: ['admin', 'ownerLondon'], patch: { title: 'Changed in a test' } },
]

const UPLOADS = new Set<Slug>(['media', 'consent-forms'])
/** A field whose value is unique to the sample row, to count what a refused create left behind. */
const MARKER: Record<Slug, string> = { treatments: 'slug', faqs: 'question', 'case-studies': 'slug', leads: 'email', media: 'alt', 'consent-forms': 'filename', 'team-members': 'name', pages: 'slug' }

type Case = { name: string; rule: Rule; actor: Actor; api: Api; allowed: boolean }

const cases = (op: 'create' | 'update' | 'delete'): Case[] =>
  RULES.flatMap((rule) =>
    ACTORS.flatMap((actor) =>
      APIS
        // GraphQL cannot carry a file: an upload's create is tried there only by those refused anyway.
        .filter((api) => !(op === 'create' && api === 'graphql' && UPLOADS.has(rule.collection) && rule.create.includes(actor)))
        .map((api) => {
          const allowed = rule[op].includes(actor)
          return { name: `${AS[actor]}, ${allowed ? 'can' : 'cannot'} ${op} ${rule.what} via ${VIA[api]}`, rule, actor, api, allowed }
        }),
    ),
  )

describe('writes to content, by role', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  const clinicId = (rule: Rule) => (rule.clinic ? seed.clinics[rule.clinic] : null)

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
  })
  afterAll(async () => {
    await payload.destroy()
  })

  for (const { name, rule, actor, api, allowed } of cases('create')) it(name, async () => {
    const { data, file } = await sampleRow(payload, seed, rule.collection, clinicId(rule))
    const marker: Where = file ? { filename: { equals: file.name } } : { [MARKER[rule.collection]]: { equals: data[MARKER[rule.collection]] } }
    const before = (await payload.count({ collection: rule.collection, where: marker, overrideAccess: true })).totalDocs
    const res = await createAs(payload, api, s[actor], rule.collection, data, { file, draft: data._status === 'draft' || undefined })
    const id = res.doc?.id
    try {
      if (allowed) {
        expect(res.status, res.message).toBe(201)
        const stored = await payload.findByID({ collection: rule.collection, id, overrideAccess: true, draft: true, depth: 0 })
        expect(clinicOf(stored)).toBe(clinicId(rule))
      } else {
        expect(res.status, res.message).toBe(rule.createGate.includes(actor) ? 400 : 403)
        expect(res.doc ?? null).toBeNull()
        expect((await payload.count({ collection: rule.collection, where: marker, overrideAccess: true })).totalDocs).toBe(before)
      }
    } finally {
      await removeRows(payload, rule.collection, [id])
    }
  })

  for (const { name, rule, actor, api, allowed } of cases('update')) it(name, async () => {
    const id = await throwaway(payload, seed, rule.collection, clinicId(rule))
    try {
      const [field, value] = Object.entries(rule.patch)[0]!
      const res = await updateAs(payload, api, s[actor], rule.collection, id, rule.patch)
      const stored = (await payload.findByID({ collection: rule.collection, id, overrideAccess: true, draft: true, depth: 0 })) as unknown as Record<string, unknown>
      if (allowed) {
        expect(res.status, res.message).toBe(200)
        expect(stored[field]).toEqual(value)
      } else {
        expect([403, 404], `${res.status} ${res.message}`).toContain(res.status)
        expect(res.doc ?? null).toBeNull()
        expect(stored[field]).not.toEqual(value)
      }
    } finally {
      await removeRows(payload, rule.collection, [id])
    }
  })

  for (const { name, rule, actor, api, allowed } of cases('delete')) it(name, async () => {
    const id = await throwaway(payload, seed, rule.collection, clinicId(rule))
    try {
      const res = await deleteAs(payload, api, s[actor], rule.collection, id)
      if (allowed) {
        expect(res.status, res.message).toBe(200)
        expect(await exists(payload, rule.collection, id)).toBe(false)
      } else {
        expect([403, 404], `${res.status} ${res.message}`).toContain(res.status)
        expect(await exists(payload, rule.collection, id)).toBe(true)
      }
    } finally {
      await removeRows(payload, rule.collection, [id])
    }
  })
})
