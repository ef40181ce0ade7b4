import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type Actor,
  APIS,
  AS,
  VIA,
  asInput,
  createAs,
  cross,
  deleteAs,
  exists,
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

/* The tenants themselves: who sees, changes, adds and removes clinics (the people are in access-users). */

const ACTORS: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffLondon', 'ownerManchester', 'visitor']
const ROUTING = 'id slug status leadRouting { notificationEmails { email } }'

describe('clinics and users', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let draftClinic: number

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    draftClinic = await throwaway(payload, seed, 'clinics', null)
  })
  afterAll(async () => {
    await removeRows(payload, 'clinics', [draftClinic])
    await payload.destroy()
  })

  describe('clinics', () => {
    /** GraphQL's update input requires the groups with required fields, so every API gets them. */
    const required = (clinic: object) => {
      const { branding, contact } = asInput(clinic)
      return { branding, contact }
    }
    const visible = (actor: Actor): number[] => {
      const live = Object.values(seed.clinics)
      if (actor === 'admin' || actor === 'marketing') return [...live, draftClinic].sort((a, b) => a - b)
      if (actor === 'visitor') return live.sort((a, b) => a - b)
      return [seed.clinics[actor === 'ownerManchester' ? 'manchester' : 'london']]
    }

    for (const [actor, api] of cross(ACTORS, APIS)) {
      it(`${AS[actor]}, lists ${actor === 'visitor' ? 'live clinics only' : actor.startsWith('owner') || actor.startsWith('staff') ? 'only its own clinic' : 'every clinic'} via ${VIA[api]}`, async () => {
        const res = await findAs(payload, api, s[actor], 'clinics')
        expect(res.status, res.message).toBe(200)
        expect(idsOf(res.docs)).toEqual(visible(actor))
      })

      const routing = actor === 'admin' ? 'sees every clinic’s' : actor === 'marketing' || actor === 'visitor' ? 'never sees any' : 'sees only its own clinic’s'
      it(`${AS[actor]}, ${routing} leadRouting via ${VIA[api]}`, async () => {
        const own = { ownerLondon: seed.clinics.london, staffLondon: seed.clinics.london, ownerManchester: seed.clinics.manchester }[actor as string]
        const list = await findAs(payload, api, s[actor], 'clinics', undefined, { fields: ROUTING })
        const one = await findByIdAs(payload, api, s[actor], 'clinics', seed.clinics.london, { fields: ROUTING })
        expect(list.docs.length).toBeGreaterThan(0)
        for (const doc of [...list.docs, ...(one.doc ? [one.doc] : [])]) {
          const emails = doc.leadRouting?.notificationEmails ?? []
          expect(emails.length > 0, `clinic ${doc.id}`).toBe(actor === 'admin' || doc.id === own)
        }
      })
    }

    for (const [actor, api] of cross(['ownerLondon', 'staffLondon'] as Actor[], APIS)) {
      it(`${AS[actor]}, cannot read the Manchester clinic via ${VIA[api]}`, async () => {
        expectRefused(await findByIdAs(payload, api, s[actor], 'clinics', seed.clinics.manchester))
        const wheres: Where[] = [{ id: { equals: seed.clinics.manchester } }, { slug: { equals: 'manchester' } }, { or: [{ slug: { equals: 'manchester' } }, { slug: { equals: 'leeds' } }] }]
        for (const where of wheres) expect((await findAs(payload, api, s[actor], 'clinics', where)).docs, JSON.stringify(where)).toEqual([])
      })
    }

    const updaters: [Actor, 'london' | 'manchester', boolean][] = [
      ['admin', 'london', true],
      ['ownerLondon', 'london', true],
      ['ownerLondon', 'manchester', false],
      ['staffLondon', 'london', false],
      ['marketing', 'london', false],
      ['ownerManchester', 'london', false],
      ['visitor', 'london', false],
    ]
    for (const [[actor, clinic, allowed], api] of cross(updaters, APIS)) {
      it(`${AS[actor]}, ${allowed ? 'can' : 'cannot'} update ${clinic === 'london' ? 'London' : 'Manchester'}'s profile via ${VIA[api]}`, async () => {
        const id = seed.clinics[clinic]
        const original = await payload.findByID({ collection: 'clinics', id, overrideAccess: true, depth: 0 })
        try {
          const res = await updateAs(payload, api, s[actor], 'clinics', id, { ...required(original), privacyNotice: 'Changed in a test.' })
          const stored = await payload.findByID({ collection: 'clinics', id, overrideAccess: true, depth: 0 })
          if (allowed) expect(res.status, res.message).toBe(200)
          else expectRefused(res)
          expect(stored.privacyNotice).toBe(allowed ? 'Changed in a test.' : original.privacyNotice)
        } finally {
          await payload.update({ collection: 'clinics', id, data: { privacyNotice: original.privacyNotice }, overrideAccess: true })
        }
      })
    }

    for (const api of APIS) {
      it(`as franchise owner of London, cannot change London's status, slug or hostnames via ${VIA[api]}`, async () => {
        const id = seed.clinics.london
        const original = await payload.findByID({ collection: 'clinics', id, overrideAccess: true, depth: 0 })
        const res = await updateAs(payload, api, s.ownerLondon, 'clinics', id, { ...required(original), status: 'closed', slug: 'elsewhere', hostnames: [{ hostname: 'stolen.example' }] })
        // The profile save goes through; the platform-only fields in it are dropped.
        expect(res.status, res.message).toBe(200)
        const stored = await payload.findByID({ collection: 'clinics', id, overrideAccess: true, depth: 0 })
        expect([stored.status, stored.slug, stored.hostnames?.map((h) => h.hostname)]).toEqual([original.status, original.slug, original.hostnames?.map((h) => h.hostname)])
      })
    }

    for (const [actor, api] of cross(ACTORS, APIS)) {
      const allowed = actor === 'admin'
      it(`${AS[actor]}, ${allowed ? 'can' : 'cannot'} create and delete clinics via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'clinics', null)
        const created = await createAs(payload, api, s[actor], 'clinics', data)
        const target = await throwaway(payload, seed, 'clinics', null)
        try {
          const deleted = await deleteAs(payload, api, s[actor], 'clinics', target)
          if (allowed) {
            expect(created.status, created.message).toBe(201)
            expect(deleted.status, deleted.message).toBe(200)
          } else {
            expect(created.status, created.message).toBe(403)
            expectRefused(deleted)
          }
          expect((await payload.count({ collection: 'clinics', where: { slug: { equals: data.slug } }, overrideAccess: true })).totalDocs).toBe(allowed ? 1 : 0)
          expect(await exists(payload, 'clinics', target)).toBe(!allowed)
        } finally {
          await removeRows(payload, 'clinics', [created.doc?.id, target])
        }
      })
    }
  })

})
