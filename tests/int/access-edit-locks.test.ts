import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from '../helpers/api'
import { type Actor, type Api, APIS, AS, VIA, cross, loadSeed, type Seed, type Session, signInAll } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * What the admin keeps per person: edit locks ("being edited by …") and preferences (columns, open
 * groups). A lock is seen by those who may read its document and taken over or released by those
 * who may change it; preferences are the person's own.
 */

const READERS: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffLondon', 'ownerManchester', 'visitor']

describe('edit locks and preferences', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let leadLock: number
  let brandLock: number
  const made: number[] = []

  const lockOf = async (holder: number, document?: { relationTo: 'leads'; value: number }, globalSlug?: string) => {
    // As the admin itself writes locks: straight to the database, without access rules.
    const lock = (await payload.db.create({ collection: 'payload-locked-documents', data: { document, globalSlug, user: { relationTo: 'users', value: holder } } })) as { id: number }
    made.push(lock.id)
    return lock.id
  }
  const locksSeen = async (api: Api, session: Session): Promise<{ status: number; ids: number[] }> => {
    if (api === 'local') {
      try {
        const found = await payload.find({ collection: 'payload-locked-documents', depth: 0, pagination: false, overrideAccess: false, user: session.user })
        return { status: 200, ids: found.docs.map((lock) => lock.id) }
      } catch (error) {
        return { status: Number((error as { status?: number }).status ?? 500), ids: [] }
      }
    }
    if (api === 'rest') {
      const res = await rest('GET', 'payload-locked-documents?depth=0&limit=100', { token: session.token })
      return { status: res.status, ids: (res.body.docs ?? []).map((lock: { id: number }) => lock.id) }
    }
    const res = await graphql('{ PayloadLockedDocuments(limit: 100) { docs { id } } }', { token: session.token })
    return { status: res.body.errors?.length ? Number(res.body.errors[0].extensions?.statusCode ?? 500) : 200, ids: (res.body.data?.PayloadLockedDocuments?.docs ?? []).map((lock: { id: number }) => lock.id) }
  }
  const holderOf = async (id: number) => {
    const lock = (await payload.db.findOne({ collection: 'payload-locked-documents', where: { id: { equals: id } } })) as { user?: { value: number | { id: number } } } | null
    const value = lock?.user?.value
    return typeof value === 'object' ? value?.id : value
  }

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    leadLock = await lockOf(seed.users.staffLondon, { relationTo: 'leads', value: seed.rows.leads.london[0]! })
    brandLock = await lockOf(seed.users.marketing, undefined, 'brand-settings')
  })
  afterAll(async () => {
    await payload.db.deleteMany({ collection: 'payload-locked-documents', where: { id: { in: made } } })
    await payload.delete({ collection: 'payload-preferences', where: { key: { like: 'access-probe' } }, overrideAccess: true })
    await payload.destroy()
  })

  describe('edit locks', () => {
    const sees: Record<Actor, 'both' | 'brand' | 'none' | 'refused'> = {
      admin: 'both',
      marketing: 'both',
      ownerLondon: 'both',
      staffLondon: 'both',
      ownerManchester: 'brand',
      staffManchester: 'brand',
      ownerLeeds: 'brand',
      visitor: 'refused',
    }
    for (const [actor, api] of cross(READERS, APIS)) {
      it(`${AS[actor]}, ${sees[actor] === 'refused' ? 'cannot list locks' : `sees the locks of ${sees[actor] === 'both' ? 'London’s lead and brand settings' : 'brand settings only'}`} via ${VIA[api]}`, async () => {
        const seen = await locksSeen(api, s[actor])
        if (sees[actor] === 'refused') return expect([401, 403]).toContain(seen.status)
        expect(seen.status).toBe(200)
        expect(seen.ids.filter((id) => id === leadLock || id === brandLock).sort()).toEqual((sees[actor] === 'both' ? [leadLock, brandLock] : [brandLock]).sort())
      })
    }

    for (const api of ['rest', 'local', 'graphql'] as Api[]) {
      it(`as franchise owner of Manchester, can neither take over nor release London's lock via ${VIA[api]}`, async () => {
        const tries =
          api === 'rest'
            ? [rest('PATCH', `payload-locked-documents/${leadLock}`, { token: s.ownerManchester.token, body: { user: { relationTo: 'users', value: seed.users.ownerManchester } } }), rest('DELETE', `payload-locked-documents/${leadLock}`, { token: s.ownerManchester.token })].map((p) => p.then((res) => res.status))
            : api === 'local'
              ? [
                  payload.update({ collection: 'payload-locked-documents', id: leadLock, data: { user: { relationTo: 'users', value: seed.users.ownerManchester } }, overrideAccess: false, user: s.ownerManchester.user }),
                  payload.delete({ collection: 'payload-locked-documents', id: leadLock, overrideAccess: false, user: s.ownerManchester.user }),
                ].map((p) => p.then(() => 200, (error) => Number(error.status ?? 500)))
              : [graphql(`mutation { deletePayloadLockedDocument(id: ${leadLock}) { id } }`, { token: s.ownerManchester.token }).then((res) => (res.body.errors?.length ? Number(res.body.errors[0].extensions?.statusCode) : 200))]
        for (const status of await Promise.all(tries)) expect([403, 404]).toContain(status)
        expect(await holderOf(leadLock)).toBe(seed.users.staffLondon)
      })
    }

    it('as franchise owner of London, takes over the lock of London’s lead — as themselves, whoever the request names', async () => {
      const res = await rest('PATCH', `payload-locked-documents/${leadLock}`, { token: s.ownerLondon.token, body: { user: { relationTo: 'users', value: seed.users.admin } } })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(await holderOf(leadLock)).toBe(seed.users.ownerLondon)
    })

    it('as franchise owner of London, cannot take over brand settings, which only the brand team changes', async () => {
      const res = await rest('PATCH', `payload-locked-documents/${brandLock}`, { token: s.ownerLondon.token, body: { user: { relationTo: 'users', value: seed.users.ownerLondon } } })
      expect([403, 404]).toContain(res.status)
      expect(await holderOf(brandLock)).toBe(seed.users.marketing)
    })

    for (const api of ['rest', 'local'] as Api[]) {
      it(`as clinic staff of London, locks a London lead as themselves, but not Manchester's, nor in someone else's name, via ${VIA[api]}`, async () => {
        const attempt = async (lead: number, holder: number) => {
          const data = { document: { relationTo: 'leads', value: lead }, user: { relationTo: 'users', value: holder } }
          if (api === 'rest') {
            const res = await rest('POST', 'payload-locked-documents', { token: s.staffLondon.token, body: data })
            if (res.body?.doc?.id) made.push(res.body.doc.id)
            return res.status
          }
          return payload.create({ collection: 'payload-locked-documents', data: data as never, overrideAccess: false, user: s.staffLondon.user }).then(
            (doc) => (made.push(doc.id), 201),
            (error) => Number(error.status ?? 500),
          )
        }
        expect(await attempt(seed.rows.leads.london[1]!, seed.users.staffLondon)).toBe(201)
        expect(await attempt(seed.rows.leads.manchester[0]!, seed.users.staffLondon)).toBe(403)
        expect(await attempt(seed.rows.leads.london[1]!, seed.users.ownerLondon)).toBe(403)
      })
    }
  })

  describe('preferences', () => {
    let staffPreference: number
    beforeAll(async () => {
      const saved = await rest('POST', 'payload-preferences/access-probe-columns', { token: s.staffLondon.token, body: { value: { columns: ['name', 'status'] } } })
      expect(saved.status, JSON.stringify(saved.body)).toBe(200)
      const found = await payload.find({ collection: 'payload-preferences', where: { key: { equals: 'access-probe-columns' } }, overrideAccess: true })
      staffPreference = found.docs[0]!.id
    })

    it('as clinic staff of London, reads their own preference', async () => {
      const own = await rest('GET', 'payload-preferences/access-probe-columns', { token: s.staffLondon.token })
      expect(own.body.value).toEqual({ columns: ['name', 'status'] })
    })

    for (const [actor, api] of cross(['ownerLondon', 'marketing'] as Actor[], APIS)) {
      it(`${AS[actor]}, neither reads nor changes clinic staff's preference via ${VIA[api]}`, async () => {
        if (api === 'rest') {
          expect((await rest('GET', 'payload-preferences/access-probe-columns', { token: s[actor].token })).body.value ?? null).toBeNull()
          expect((await rest('GET', `payload-preferences?where[id][equals]=${staffPreference}`, { token: s[actor].token })).body.docs).toEqual([])
          expect([403, 404]).toContain((await rest('PATCH', `payload-preferences/${staffPreference}`, { token: s[actor].token, body: { value: {} } })).status)
          // As the admin's "reset preferences" deletes: everything the where names that the rule allows.
          expect((await rest('DELETE', `payload-preferences?where[id][equals]=${staffPreference}`, { token: s[actor].token })).body.docs ?? []).toEqual([])
        } else if (api === 'graphql') {
          const res = await graphql(`{ PayloadPreferences(where: { id: { equals: ${staffPreference} } }) { docs { id value } } }`, { token: s[actor].token })
          expect(res.body.data?.PayloadPreferences?.docs ?? []).toEqual([])
        } else {
          const found = await payload.find({ collection: 'payload-preferences', where: { id: { equals: staffPreference } }, overrideAccess: false, user: s[actor].user })
          expect(found.docs).toEqual([])
          await expect(payload.delete({ collection: 'payload-preferences', id: staffPreference, overrideAccess: false, user: s[actor].user })).rejects.toMatchObject({ status: expect.any(Number) })
        }
        const stored = await payload.findByID({ collection: 'payload-preferences', id: staffPreference, overrideAccess: true })
        expect(stored.value).toEqual({ columns: ['name', 'status'] })
      })
    }
  })
})
