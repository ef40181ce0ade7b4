import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from '../helpers/api'
import {
  type Actor,
  APIS,
  AS,
  VIA,
  bulkAs,
  clinicOf,
  createAs,
  cross,
  deleteAs,
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
  updateAs,
} from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * Leads are health-related personal data: only their clinic and platform admins see them whole;
 * marketing counts them; nobody creates them through the public APIs (only the lead endpoint).
 */

const PERSONAL = ['name', 'email', 'phone', 'concern'] as const
const GQL_PERSONAL = 'id status clinic { id } name email phone concern notes { text }'
const NOTE = 'Private note: client mentioned a health condition'

describe('leads', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let all: number[]
  const leadsOf = (...clinics: ('london' | 'manchester' | 'leeds')[]) => clinics.flatMap((c) => seed.rows.leads[c]).sort((a, b) => a - b)

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    all = leadsOf('london', 'manchester', 'leeds')
    // A note on one London lead, so "notes are hidden" is tested against something to hide.
    await payload.update({ collection: 'leads', id: seed.rows.leads.london[0]!, data: { notes: [{ text: NOTE }] }, overrideAccess: true })
  })
  afterAll(async () => {
    await payload.update({ collection: 'leads', id: seed.rows.leads.london[0]!, data: { notes: [] }, overrideAccess: true })
    await payload.destroy()
  })

  describe('listing', () => {
    const expected: Record<Actor, 'all' | 'london' | 'manchester' | 'leeds' | 'forbidden'> = {
      admin: 'all',
      marketing: 'all',
      ownerLondon: 'london',
      staffLondon: 'london',
      ownerManchester: 'manchester',
      staffManchester: 'manchester',
      ownerLeeds: 'leeds',
      visitor: 'forbidden',
    }
    for (const [actor, api] of cross(Object.keys(expected) as Actor[], APIS)) {
      const want = expected[actor]
      it(`${AS[actor]}, ${want === 'forbidden' ? 'cannot list leads' : `lists ${want === 'all' ? 'every clinic’s' : `only ${want}’s`} leads`} via ${VIA[api]}`, async () => {
        const res = await findAs(payload, api, s[actor], 'leads')
        if (want === 'forbidden') return expectRefused(res)
        expect(res.status, res.message).toBe(200)
        expect(idsOf(res.docs)).toEqual(want === 'all' ? all : leadsOf(want))
        if (want !== 'all') expect(new Set(res.docs.map(clinicOf))).toEqual(new Set([seed.clinics[want]]))
      })
    }
  })

  describe('London’s people aiming at Manchester’s leads', () => {
    const wheres = (): [string, Where][] => {
      const [m1, m2] = seed.rows.leads.manchester as [number, number]
      return [
        ['clinic equals Manchester', { clinic: { equals: seed.clinics.manchester } }],
        ['clinic in [London, Manchester]', { clinic: { in: [seed.clinics.london, seed.clinics.manchester] } }],
        ['id equals a Manchester lead', { id: { equals: m1 } }],
        ['id in Manchester’s leads', { id: { in: [m1, m2] } }],
        ['or [clinic = Manchester, id = lead]', { or: [{ clinic: { equals: seed.clinics.manchester } }, { id: { equals: m2 } }] }],
        ['and [clinic != London]', { and: [{ clinic: { not_equals: seed.clinics.london } }] }],
        ['status in every status', { status: { in: ['new', 'contacted', 'consultationBooked', 'treated', 'lost', 'spam'] } }],
      ]
    }
    for (const [actor, api] of cross(['ownerLondon', 'staffLondon'] as const, APIS)) {
      it(`${AS[actor]}, cannot read Manchester's leads via ${VIA[api]} with where queries`, async () => {
        for (const [label, where] of wheres()) {
          // GraphQL's id operator has no `in`.
          if (api === 'graphql' && label.startsWith('id in')) continue
          const res = await findAs(payload, api, s[actor], 'leads', where)
          expect(res.status, `${label}: ${res.message}`).toBe(200)
          expect(res.docs.map(clinicOf).filter((c) => c !== seed.clinics.london), label).toEqual([])
          expect(idsOf(res.docs).filter((id) => seed.rows.leads.manchester.includes(id)), label).toEqual([])
        }
        if (api !== 'graphql') {
          const bySlug = await findAs(payload, api, s[actor], 'leads', { 'clinic.slug': { equals: 'manchester' } })
          expect(bySlug.docs, bySlug.message).toEqual([])
        }
      })

      it(`${AS[actor]}, gets nothing for a Manchester lead by id via ${VIA[api]}`, async () => {
        for (const id of seed.rows.leads.manchester) expectRefused(await findByIdAs(payload, api, s[actor], 'leads', id), `lead ${id}`)
      })
    }

    for (const [actor, api] of cross(['ownerLondon', 'staffLondon'] as const, ['local', 'rest'] as const)) {
      it(`${AS[actor]}, changes and erases none of Manchester's leads with a bulk where via ${VIA[api]}`, async () => {
        const where = { clinic: { equals: seed.clinics.manchester } }
        const before = await payload.find({ collection: 'leads', where, overrideAccess: true, depth: 0 })
        const updated = await bulkAs(payload, api, s[actor], 'update', 'leads', where, { status: 'spam' })
        const deleted = await bulkAs(payload, api, s[actor], 'delete', 'leads', where)
        for (const res of [updated, deleted]) {
          expect([200, 403]).toContain(res.status)
          expect(res.docs).toEqual([])
        }
        const after = await payload.find({ collection: 'leads', where, overrideAccess: true, depth: 0 })
        expect(after.docs.map((d) => [d.id, d.status])).toEqual(before.docs.map((d) => [d.id, d.status]))
      })
    }
  })

  describe('working a lead (status)', () => {
    const cases: [Actor, 'london' | 'manchester', boolean][] = [
      ['admin', 'london', true],
      ['ownerLondon', 'london', true],
      ['staffLondon', 'london', true],
      ['marketing', 'london', false],
      ['ownerManchester', 'london', false],
      ['staffManchester', 'london', false],
      ['visitor', 'london', false],
      ['ownerLondon', 'manchester', false],
      ['staffLondon', 'manchester', false],
    ]
    for (const [[actor, clinic, allowed], api] of cross(cases, APIS)) {
      it(`${AS[actor]}, ${allowed ? 'can' : 'cannot'} update the status of a ${clinic} lead via ${VIA[api]}`, async () => {
        const id = seed.rows.leads[clinic][0]!
        const original = await payload.findByID({ collection: 'leads', id, overrideAccess: true, depth: 0 })
        try {
          const res = await updateAs(payload, api, s[actor], 'leads', id, { status: 'lost' })
          const stored = await payload.findByID({ collection: 'leads', id, overrideAccess: true, depth: 0 })
          if (allowed) {
            expect(res.status, res.message).toBe(200)
            expect(stored.status).toBe('lost')
          } else {
            expectRefused(res)
            expect(stored.status).toBe(original.status)
          }
        } finally {
          await payload.update({ collection: 'leads', id, data: { status: original.status }, overrideAccess: true })
        }
      })
    }

    for (const [actor, api] of cross(['ownerLondon', 'staffLondon'] as const, APIS)) {
      it(`${AS[actor]}, cannot move a London lead to Manchester via ${VIA[api]}`, async () => {
        const id = seed.rows.leads.london[1]!
        const res = await updateAs(payload, api, s[actor], 'leads', id, { clinic: seed.clinics.manchester })
        expect(res.status, res.message).toBe(400)
        expect(clinicOf(await payload.findByID({ collection: 'leads', id, overrideAccess: true, depth: 0 }))).toBe(seed.clinics.london)
      })
    }
  })

  describe('erasing a lead', () => {
    const cases: [Actor, 'london' | 'manchester', boolean][] = [
      ['admin', 'london', true],
      ['ownerLondon', 'london', true],
      ['staffLondon', 'london', false],
      ['marketing', 'london', false],
      ['ownerManchester', 'london', false],
      ['staffManchester', 'london', false],
      ['visitor', 'london', false],
      ['ownerLondon', 'manchester', false],
    ]
    for (const [[actor, clinic, allowed], api] of cross(cases, APIS)) {
      it(`${AS[actor]}, ${allowed ? 'can' : 'cannot'} delete a ${clinic} lead via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'leads', seed.clinics[clinic])
        const { id } = await payload.create({ collection: 'leads', data: data as never, overrideAccess: true })
        try {
          const res = await deleteAs(payload, api, s[actor], 'leads', id)
          const left = (await payload.count({ collection: 'leads', where: { id: { equals: id } }, overrideAccess: true })).totalDocs
          if (allowed) {
            expect(res.status, res.message).toBe(200)
            expect(left).toBe(0)
          } else {
            expectRefused(res)
            expect(left).toBe(1)
          }
        } finally {
          await removeRows(payload, 'leads', [id])
        }
      })
    }
  })

  describe('creating a lead through the public APIs', () => {
    for (const [actor, api] of cross(['admin', 'marketing', 'ownerLondon', 'staffLondon', 'visitor'] as Actor[], APIS)) {
      it(`${AS[actor]}, cannot create a lead via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'leads', seed.clinics.london)
        const res = await createAs(payload, api, s[actor], 'leads', data)
        expect(res.status, res.message).toBe(403)
        expect(res.doc ?? null).toBeNull()
        expect((await payload.count({ collection: 'leads', overrideAccess: true })).totalDocs).toBe(all.length)
      })
    }

    for (const actor of ['admin', 'ownerLondon', 'staffLondon'] as Actor[]) {
      it(`${AS[actor]}, cannot duplicate a lead via REST or GraphQL`, async () => {
        const id = seed.rows.leads.london[0]!
        const viaRest = await rest('POST', `leads/${id}/duplicate`, { token: s[actor].token, body: {} })
        expect(viaRest.status).toBe(403)
        const mutation = `mutation ($id: Int!, $data: mutationLeadInput!) { duplicateLead(id: $id, data: $data) { id } }`
        const { data } = await sampleRow(payload, seed, 'leads', seed.clinics.london)
        const viaGraphql = await graphql(mutation, { token: s[actor].token, variables: { id, data } })
        expect(viaGraphql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
        expect(viaGraphql.body.data?.duplicateLead ?? null).toBeNull()
        expect((await payload.count({ collection: 'leads', overrideAccess: true })).totalDocs).toBe(all.length)
      })
    }
  })

  describe('brand marketing sees counts, not people', () => {
    for (const api of APIS) {
      it(`as brand marketing, lists leads without name, email, phone, concern or notes via ${VIA[api]}`, async () => {
        const list = await findAs(payload, api, s.marketing, 'leads', undefined, { fields: GQL_PERSONAL })
        const one = await findByIdAs(payload, api, s.marketing, 'leads', seed.rows.leads.london[0]!, { fields: GQL_PERSONAL, depth: 1 })
        expect(list.status).toBe(200)
        expect(one.status).toBe(200)
        expect(idsOf(list.docs)).toEqual(all)
        for (const doc of [...list.docs, one.doc]) {
          expect(doc.status).toBeTruthy()
          for (const field of PERSONAL) expect(doc[field] ?? null, field).toBeNull()
          expect(doc.notes ?? []).toEqual([])
        }
        const text = JSON.stringify([list.docs, one.doc])
        for (const secret of ['example.invalid', 'Demo Visitor', '+44 7700', 'Thinning crown', NOTE]) expect(text).not.toContain(secret)
      })

      it(`as brand marketing, cannot filter${api === 'rest' ? ' or sort' : ''} leads by a personal field via ${VIA[api]}`, async () => {
        for (const where of [{ email: { equals: 'alpha@example.invalid' } }, { name: { like: 'Alpha' } }, { concern: { exists: true } }] as Where[]) {
          const res = await findAs(payload, api, s.marketing, 'leads', where)
          expect(res.status, JSON.stringify(where)).toBe(400)
          expect(res.docs).toEqual([])
        }
        if (api === 'rest') {
          // Sorting by a hidden field would leak its order.
          for (const sort of ['name', '-email']) expect((await rest('GET', `leads?sort=${sort}`, { token: s.marketing.token })).status, sort).toBe(400)
        }
      })
    }

    it('as brand marketing, counts leads per clinic via GraphQL and the Local API', async () => {
      const res = await graphql(`{ countLeads(where: { clinic: { equals: ${seed.clinics.london} } }) { totalDocs } }`, { token: s.marketing.token })
      expect(res.body.data.countLeads.totalDocs).toBe(seed.rows.leads.london.length)
      const local = await payload.count({ collection: 'leads', overrideAccess: false, user: s.marketing.user })
      expect(local.totalDocs).toBe(all.length)
    })

    for (const [actor, api] of cross(['ownerLondon', 'staffLondon', 'admin'] as Actor[], APIS)) {
      it(`${AS[actor]}, sees the personal details and notes of a London lead via ${VIA[api]}`, async () => {
        const res = await findByIdAs(payload, api, s[actor], 'leads', seed.rows.leads.london[0]!, { fields: GQL_PERSONAL })
        expect(res.status, res.message).toBe(200)
        for (const field of PERSONAL) expect(res.doc[field], field).toEqual(expect.any(String))
        expect(res.doc.notes.map((n: { text: string }) => n.text)).toEqual([NOTE])
      })
    }
  })

  describe('searching leads by a person’s details', () => {
    const byEmail: Where = { email: { equals: 'alpha@example.invalid' } }
    for (const [actor, api] of cross(['ownerLondon', 'staffLondon', 'admin'] as Actor[], APIS)) {
      it(`${AS[actor]}, finds a London lead by its e-mail via ${VIA[api]} (the admin's search box does this)`, async () => {
        const res = await findAs(payload, api, s[actor], 'leads', byEmail)
        expect(res.status, res.message).toBe(200)
        expect(idsOf(res.docs)).toEqual([seed.rows.leads.london[0]])
      })
    }
    for (const [actor, api] of cross(['ownerManchester', 'staffManchester'] as Actor[], APIS)) {
      it(`${AS[actor]}, searching London's lead by e-mail finds nothing via ${VIA[api]}`, async () => {
        const res = await findAs(payload, api, s[actor], 'leads', byEmail)
        expect(res.status, res.message).toBe(200)
        expect(res.docs).toEqual([])
      })
    }
  })
})
