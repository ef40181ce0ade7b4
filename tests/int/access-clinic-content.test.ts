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
  type ClinicRowSlug,
  cross,
  deleteAs,
  exists,
  expectRefused,
  findAs,
  findByIdAs,
  idsOf,
  loadSeed,
  removeRows,
  type Seed,
  type Session,
  signInAll,
  throwaway,
  updateAs,
} from '../helpers/matrix'
import { idOf, testPayload } from '../helpers/payload'

/*
 * Clinic-level content — team, pages, FAQs, media, consent forms, case studies (booking rows: access-booking): who reads what,
 * and that London's people reach none of Manchester's rows by any API, query or population.
 */

type Content = Exclude<ClinicRowSlug, 'leads' | 'bookings' | 'availability-exceptions'>
const CONTENT: Content[] = ['team-members', 'pages', 'faqs', 'media', 'consent-forms', 'case-studies']
const READERS: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffLondon', 'visitor']
const LONDONERS = ['ownerLondon', 'staffLondon'] as const

/** A harmless change per collection, to try on someone else's row. */
const PATCH: Record<Content, Record<string, unknown>> = {
  'team-members': { jobTitle: 'Changed by another clinic' },
  pages: { title: 'Changed by another clinic' },
  faqs: { question: 'Changed by another clinic?' },
  media: { alt: 'Changed by another clinic' },
  'consent-forms': { signedOn: '2020-01-01T00:00:00.000Z' },
  'case-studies': { title: 'Changed by another clinic' },
}

describe('clinic content', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let draftCaseStudy: number
  let draftPhotos: number[]
  const probes: { collection: Content; id: number }[] = []

  const rowsOf = (collection: Content, ...clinics: ('london' | 'manchester' | 'leeds')[]) => clinics.flatMap((c) => seed.rows[collection][c])
  const brand = (collection: Content) => (collection === 'faqs' || collection === 'media' ? seed.brandWide[collection] : [])
  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b)

  /** What each role lists of each collection, from the README's Roles table. */
  const expected = (actor: Actor, collection: Content): number[] | 'forbidden' => {
    const every = [...brand(collection), ...rowsOf(collection, 'london', 'manchester', 'leeds')]
    if (actor === 'admin') return sorted(every)
    if (actor === 'marketing') return collection === 'consent-forms' ? 'forbidden' : sorted(every)
    if (actor === 'visitor') {
      if (collection === 'consent-forms') return 'forbidden'
      // The draft case study and its photos (private until it is published) are not theirs to see.
      const hidden = collection === 'case-studies' ? [draftCaseStudy] : collection === 'media' ? draftPhotos : []
      return sorted(every.filter((id) => !hidden.includes(id)))
    }
    return sorted([...brand(collection), ...rowsOf(collection, 'london')])
  }

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    draftCaseStudy = await idOf(payload, 'case-studies', 'leeds-crown-draft')
    const draft = await payload.findByID({ collection: 'case-studies', id: draftCaseStudy, draft: true, depth: 0, overrideAccess: true })
    draftPhotos = draft.imagePairs.flatMap((pair) => [pair.before, pair.after]).map(Number)
  })
  afterAll(async () => {
    for (const { collection, id } of probes.reverse()) await removeRows(payload, collection, [id])
    await payload.destroy()
  })

  describe('listing', () => {
    for (const [[actor, collection], api] of cross(cross(READERS, CONTENT), APIS)) {
      it(`${AS[actor]}, lists ${collection} ${actor === 'admin' || actor === 'marketing' || actor === 'visitor' ? '' : 'of London (and brand-wide) only '}via ${VIA[api]}`, async () => {
        const want = expected(actor, collection)
        const res = await findAs(payload, api, s[actor], collection)
        if (want === 'forbidden') return expectRefused(res)
        expect(res.status, res.message).toBe(200)
        expect(idsOf(res.docs)).toEqual(want)
      })
    }
  })

  describe('London’s people aiming at Manchester’s rows', () => {
    for (const [[actor, collection], api] of cross(cross(LONDONERS, CONTENT), APIS)) {
      it(`${AS[actor]}, cannot read Manchester's ${collection} via ${VIA[api]}, by where or by id`, async () => {
        const manchester = rowsOf(collection, 'manchester')
        const wheres: [string, Where][] = [
          ['clinic equals Manchester', { clinic: { equals: seed.clinics.manchester } }],
          ['or [clinic = Manchester, id = row]', { or: [{ clinic: { equals: seed.clinics.manchester } }, { id: { equals: manchester[0] } }] }],
          ...manchester.map((id): [string, Where] => [`id equals ${id}`, { id: { equals: id } }]),
        ]
        if (api !== 'graphql') wheres.push(['id in Manchester’s', { id: { in: manchester } }], ['clinic.slug = manchester', { 'clinic.slug': { equals: 'manchester' } }])
        for (const [label, where] of wheres) {
          const res = await findAs(payload, api, s[actor], collection, where, { draft: collection === 'case-studies' || undefined })
          expect([200, 403], `${label}: ${res.message}`).toContain(res.status)
          expect(idsOf(res.docs).filter((id) => manchester.includes(id)), label).toEqual([])
          expect(res.docs.filter((doc) => clinicOf(doc) !== null && clinicOf(doc) !== seed.clinics.london), label).toEqual([])
        }
        for (const id of manchester) expectRefused(await findByIdAs(payload, api, s[actor], collection, id), `${collection} ${id}`)
      })
    }

    for (const [[actor, collection], api] of cross(cross(LONDONERS, CONTENT), APIS)) {
      it(`${AS[actor]}, cannot update or delete Manchester's ${collection} via ${VIA[api]}`, async () => {
        const id = await throwaway(payload, seed, collection, seed.clinics.manchester)
        try {
          const [field, value] = Object.entries(PATCH[collection])[0]!
          expectRefused(await updateAs(payload, api, s[actor], collection, id, PATCH[collection]), 'update')
          expectRefused(await deleteAs(payload, api, s[actor], collection, id), 'delete')
          if (api !== 'graphql') {
            const where = { clinic: { equals: seed.clinics.manchester } }
            expect((await bulkAs(payload, api, s[actor], 'update', collection, where, PATCH[collection])).docs).toEqual([])
            expect((await bulkAs(payload, api, s[actor], 'delete', collection, where)).docs).toEqual([])
          }
          const stored = (await payload.findByID({ collection, id, overrideAccess: true, draft: true, depth: 0 })) as unknown as Record<string, unknown>
          expect(stored[field]).not.toEqual(value)
          for (const row of rowsOf(collection, 'manchester')) expect(await exists(payload, collection, row)).toBe(true)
        } finally {
          await removeRows(payload, collection, [id])
        }
      })
    }
  })

  describe('population (depth 2) from London’s own rows', () => {
    let probe: number
    let teamProbe: number
    let manchesterNames: string[]
    beforeAll(async () => {
      // A London case study pointing at Manchester's practitioner, and a London team member at a
      // Manchester photo. (Another clinic's photos or consent form cannot be attached to a case study
      // at all: requireOwnClinicPhotos and requireConsentToPublish refuse them.)
      const [before] = rowsOf('media', 'manchester').slice(-2) as [number]
      probe = await throwaway(payload, seed, 'case-studies', seed.clinics.london, { practitioner: rowsOf('team-members', 'manchester')[0] })
      teamProbe = await throwaway(payload, seed, 'team-members', seed.clinics.london, { photo: before })
      probes.push({ collection: 'case-studies', id: probe }, { collection: 'team-members', id: teamProbe })
      const names = async (collection: Content, field: string) =>
        (await payload.find({ collection, where: { clinic: { equals: seed.clinics.manchester } }, overrideAccess: true, depth: 0, pagination: false })).docs.map((d) => String((d as unknown as Record<string, unknown>)[field]))
      manchesterNames = [...(await names('team-members', 'name')), ...(await names('media', 'filename')), ...(await names('consent-forms', 'filename'))]
    })

    for (const [actor, api] of cross(LONDONERS, APIS)) {
      it(`${AS[actor]}, gets no Manchester data populated into London's own case study and team via ${VIA[api]}`, async () => {
        const fields = 'id clinic { id slug } practitioner { id name } imagePairs { before { id filename } after { id filename } }'
        const study = await findByIdAs(payload, api, s[actor], 'case-studies', probe, { depth: 2, draft: true, fields })
        const team = await findAs(payload, api, s[actor], 'team-members', { id: { equals: teamProbe } }, { depth: 2, fields: 'id name photo { id filename alt }' })
        expect(study.status, study.message).toBe(200)
        expect(team.docs).toHaveLength(1)
        const notPopulated = (value: unknown) => expect(value === null || value === undefined || typeof value === 'number').toBe(true)
        notPopulated(study.doc.practitioner)
        notPopulated(team.docs[0].photo)
        expect(clinicOf(study.doc)).toBe(seed.clinics.london)
        const text = JSON.stringify([study.doc, team.docs])
        for (const name of manchesterNames) expect(text).not.toContain(name)
      })

      it(`${AS[actor]}, gets London's own practitioner and photos populated via ${VIA[api]} (control)`, async () => {
        const own = rowsOf('case-studies', 'london')[0]!
        const res = await findByIdAs(payload, api, s[actor], 'case-studies', own, { depth: 2, fields: 'id practitioner { id name clinic { id } } imagePairs { before { id filename } }' })
        expect(res.doc.practitioner).toMatchObject({ name: 'Priya Shah' })
        expect(res.doc.imagePairs[0].before.filename).toEqual(expect.any(String))
      })
    }
  })

  describe('what visitors see', () => {
    let draftPage: number
    beforeAll(async () => {
      draftPage = await throwaway(payload, seed, 'pages', seed.clinics.london, { _status: 'draft' })
      probes.push({ collection: 'pages', id: draftPage })
    })

    for (const api of APIS) {
      it(`as anonymous visitor, never sees the draft case study leeds-crown-draft via ${VIA[api]}`, async () => {
        for (const draft of [undefined, true]) {
          const bySlug = await findAs(payload, api, s.visitor, 'case-studies', { slug: { equals: 'leeds-crown-draft' } }, { draft })
          expect(bySlug.status).toBe(200)
          expect(bySlug.docs).toEqual([])
          expectRefused(await findByIdAs(payload, api, s.visitor, 'case-studies', draftCaseStudy, { draft }))
          const list = await findAs(payload, api, s.visitor, 'case-studies', undefined, { draft })
          expect(list.docs.map((d) => d._status)).toEqual(list.docs.map(() => 'published'))
        }
      })

      it(`as anonymous visitor, never sees a draft page via ${VIA[api]}`, async () => {
        expect(idsOf((await findAs(payload, api, s.visitor, 'pages', undefined, { draft: true })).docs)).not.toContain(draftPage)
        expectRefused(await findByIdAs(payload, api, s.visitor, 'pages', draftPage, { draft: true }))
      })

      it(`as clinic staff of London, sees London's draft page via ${VIA[api]}`, async () => {
        const res = await findByIdAs(payload, api, s.staffLondon, 'pages', draftPage, { draft: true })
        expect(res.status, res.message).toBe(200)
        expect(res.doc._status).toBe('draft')
      })
    }

    it('as anonymous visitor, cannot list case-study versions via REST or GraphQL', async () => {
      const viaRest = await rest('GET', `case-studies/versions?where[parent][equals]=${draftCaseStudy}`)
      expect(viaRest.status).toBe(403)
      const viaGraphql = await graphql('{ versionsCaseStudies { docs { id version { title } } } }')
      expect(viaGraphql.body.errors?.[0]?.extensions?.statusCode).toBe(403)
      expect(viaGraphql.body.data?.versionsCaseStudies ?? null).toBeNull()
    })
  })

  describe('the signed consent form', () => {
    const consentFields = 'id clinic { id } consent { onRecord document { id filename } }'
    for (const [actor, api] of cross(['visitor', 'marketing'] as Actor[], APIS)) {
      it(`${AS[actor]}, never gets consent.document of a case study via ${VIA[api]}`, async () => {
        const list = await findAs(payload, api, s[actor], 'case-studies', undefined, { depth: 1, fields: consentFields })
        const one = await findByIdAs(payload, api, s[actor], 'case-studies', rowsOf('case-studies', 'london')[0]!, { depth: 1, fields: consentFields })
        expect(list.docs.length).toBeGreaterThan(0)
        for (const doc of [...list.docs, one.doc]) {
          expect(typeof doc.consent.onRecord).toBe('boolean')
          expect(doc.consent.document ?? null).toBeNull()
        }
      })
    }

    for (const [actor, api] of cross(['admin', 'ownerLondon', 'staffLondon'] as Actor[], APIS)) {
      it(`${AS[actor]}, sees consent.document of a London case study via ${VIA[api]}`, async () => {
        const study = await payload.findByID({ collection: 'case-studies', id: rowsOf('case-studies', 'london')[0]!, overrideAccess: true, depth: 0 })
        const res = await findByIdAs(payload, api, s[actor], 'case-studies', study.id, { fields: consentFields })
        const document = res.doc.consent.document
        expect(typeof document === 'object' ? document.id : document).toBe(study.consent?.document)
      })
    }

    it('downloads a London consent file only as London’s people or a platform admin via REST', async () => {
      const form = await payload.findByID({ collection: 'consent-forms', id: rowsOf('consent-forms', 'london')[0]!, overrideAccess: true })
      const allowed: Record<Actor, boolean> = { admin: true, ownerLondon: true, staffLondon: true, marketing: false, visitor: false, ownerManchester: false, staffManchester: false, ownerLeeds: false }
      for (const [actor, ok] of Object.entries(allowed) as [Actor, boolean][]) {
        const res = await rest('GET', `consent-forms/file/${form.filename}`, { token: s[actor].token })
        expect(res.status, AS[actor]).toBe(ok ? 200 : 403)
        if (ok) expect(String(res.body).startsWith('%PDF')).toBe(true)
      }
    })
  })
})
