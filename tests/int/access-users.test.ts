import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from '../helpers/api'
import {
  type Actor,
  APIS,
  AS,
  VIA,
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

/* The people who sign in: who sees, changes, adds and removes them (the clinics are in access-clinics). */

const ACTORS: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffLondon', 'ownerManchester', 'visitor']

describe('clinics and users', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
  })
  afterAll(async () => {
    await payload.destroy()
  })

  describe('users', () => {
    const sees: Record<Actor, () => number[]> = {
      admin: () => Object.values(seed.users),
      marketing: () => [seed.users.marketing],
      ownerLondon: () => [seed.users.ownerLondon, seed.users.staffLondon],
      staffLondon: () => [seed.users.staffLondon],
      ownerManchester: () => [seed.users.ownerManchester, seed.users.staffManchester],
      staffManchester: () => [seed.users.staffManchester],
      ownerLeeds: () => [seed.users.ownerLeeds],
      visitor: () => [],
    }
    for (const [actor, api] of cross(ACTORS, APIS)) {
      it(`${AS[actor]}, ${actor === 'visitor' ? 'cannot list people' : 'lists exactly the people it may see'} via ${VIA[api]}`, async () => {
        const res = await findAs(payload, api, s[actor], 'users', undefined, { fields: 'id email role hash salt' })
        if (actor === 'visitor') return expectRefused(res)
        expect(res.status, res.message).toBe(200)
        expect(idsOf(res.docs)).toEqual(sees[actor]().sort((a, b) => a - b))
        for (const doc of res.docs) expect([doc.hash ?? null, doc.salt ?? null]).toEqual([null, null])
      })
    }

    for (const [actor, api] of cross(['ownerLondon', 'staffLondon'] as Actor[], APIS)) {
      it(`${AS[actor]}, cannot read, update or delete Manchester's people via ${VIA[api]}`, async () => {
        const theirs = [seed.users.ownerManchester, seed.users.staffManchester]
        const wheres: Where[] = [{ 'clinics.clinic': { equals: seed.clinics.manchester } }, { email: { equals: 'owner.manchester@stipple.localhost' } }, { id: { equals: theirs[1] } }]
        for (const where of wheres) {
          const res = await findAs(payload, api, s[actor], 'users', api === 'graphql' ? JSON.parse(JSON.stringify(where).replace('clinics.clinic', 'clinics__clinic')) : where)
          expect(idsOf(res.docs).filter((id) => theirs.includes(id)), JSON.stringify(where)).toEqual([])
        }
        for (const id of theirs) {
          expectRefused(await findByIdAs(payload, api, s[actor], 'users', id))
          expectRefused(await updateAs(payload, api, s[actor], 'users', id, { name: 'Renamed by London' }))
          expectRefused(await deleteAs(payload, api, s[actor], 'users', id))
          const stored = await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
          expect(stored.name).not.toBe('Renamed by London')
        }
      })
    }

    type Attempt = [string, { role: string; clinic: 'london' | 'manchester' | null }, RegExp | null]
    const attempts: Attempt[] = [
      ['clinic staff for London', { role: 'clinicStaff', clinic: 'london' }, null],
      ['a second owner for London', { role: 'franchiseOwner', clinic: 'london' }, null],
      ['a platform admin', { role: 'platformAdmin', clinic: 'london' }, /can give only the roles/],
      ['a brand marketing user', { role: 'brandMarketing', clinic: 'london' }, /can give only the roles/],
      ['clinic staff for Manchester', { role: 'clinicStaff', clinic: 'manchester' }, /only to your own clinics/],
      ['someone with no clinic', { role: 'clinicStaff', clinic: null }, /at least one of your clinics/],
    ]
    for (const [[what, { role, clinic }, refusal], api] of cross(attempts, APIS)) {
      it(`as franchise owner of London, ${refusal ? 'cannot' : 'can'} create ${what} via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'users', clinic ? seed.clinics[clinic] : null)
        const res = await createAs(payload, api, s.ownerLondon, 'users', { ...data, role })
        try {
          const stored = await payload.find({ collection: 'users', where: { email: { equals: data.email } }, overrideAccess: true, depth: 0 })
          if (refusal) {
            expect(res.status).toBe(400)
            expect(res.message).toMatch(refusal)
            expect(stored.totalDocs).toBe(0)
          } else {
            expect(res.status, res.message).toBe(201)
            expect(stored.docs[0]).toMatchObject({ role, clinics: [expect.objectContaining({ clinic: seed.clinics.london })] })
          }
        } finally {
          await removeRows(payload, 'users', [res.doc?.id])
        }
      })
    }

    for (const [actor, api] of cross(['marketing', 'staffLondon', 'visitor'] as Actor[], APIS)) {
      it(`${AS[actor]}, cannot create anyone via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'users', seed.clinics.london)
        const res = await createAs(payload, api, s[actor], 'users', data)
        await removeRows(payload, 'users', [res.doc?.id])
        expect(res.status, res.message).toBe(403)
        expect((await payload.count({ collection: 'users', where: { email: { equals: data.email } }, overrideAccess: true })).totalDocs).toBe(0)
      })
    }

    const toManchester = () => ({ clinics: [{ clinic: seed.clinics.manchester }] })
    const selfChanges: [Actor, () => Record<string, unknown>, string, RegExp | null][] = [
      ['ownerLondon', () => ({ role: 'platformAdmin' }), 'its own role', /can give only the roles/],
      ['staffLondon', () => ({ role: 'franchiseOwner' }), 'its own role', /Only a platform admin can change your role/],
      ['marketing', () => ({ role: 'platformAdmin' }), 'its own role', /Only a platform admin can change your role/],
      // Staff's `clinics` are not theirs to write: the value is dropped and the request succeeds unchanged.
      ['staffLondon', toManchester, 'its own clinics', null],
      ['ownerLondon', toManchester, 'its own clinics', /only to your own clinics/],
    ]
    for (const [[actor, patch, what, refusal], api] of cross(selfChanges, APIS)) {
      it(`${AS[actor]}, cannot change ${what} via ${VIA[api]}`, async () => {
        const id = seed.users[actor as keyof Seed['users']]
        const before = await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
        const res = await updateAs(payload, api, s[actor], 'users', id, patch())
        if (refusal) {
          expect(res.status).toBe(400)
          expect(res.message).toMatch(refusal)
        } else expect(res.status, res.message).toBe(200)
        const after = await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
        expect([after.role, after.clinics?.map((c) => c.clinic)]).toEqual([before.role, before.clinics?.map((c) => c.clinic)])
      })
    }

    for (const api of APIS) {
      it(`as franchise owner of London, moves nobody of London to Manchester and cannot delete itself via ${VIA[api]}`, async () => {
        const staff = seed.users.staffLondon
        const res = await updateAs(payload, api, s.ownerLondon, 'users', staff, { clinics: [{ clinic: seed.clinics.manchester }] })
        expect(res.status).toBe(400)
        expect((await payload.findByID({ collection: 'users', id: staff, overrideAccess: true, depth: 0 })).clinics?.map((c) => c.clinic)).toEqual([seed.clinics.london])
        expectRefused(await deleteAs(payload, api, s.ownerLondon, 'users', seed.users.ownerLondon))
        expect(await exists(payload, 'users', seed.users.ownerLondon)).toBe(true)
      })

      it(`as franchise owner of London, can rename and remove a person of London via ${VIA[api]}`, async () => {
        const id = await throwaway(payload, seed, 'users', seed.clinics.london)
        try {
          expect((await updateAs(payload, api, s.ownerLondon, 'users', id, { name: 'Renamed' })).status).toBe(200)
          expect((await deleteAs(payload, api, s.ownerLondon, 'users', id)).status).toBe(200)
          expect(await exists(payload, 'users', id)).toBe(false)
        } finally {
          await removeRows(payload, 'users', [id])
        }
      })
    }

    for (const [actor, api] of cross(['marketing', 'staffLondon', 'visitor'] as Actor[], APIS)) {
      it(`${AS[actor]}, cannot rename or remove London's owner via ${VIA[api]}`, async () => {
        const id = seed.users.ownerLondon
        expectRefused(await updateAs(payload, api, s[actor], 'users', id, { name: 'Renamed' }))
        expectRefused(await deleteAs(payload, api, s[actor], 'users', id))
        expect((await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })).name).not.toBe('Renamed')
      })
    }

    for (const api of APIS) {
      it(`as platform admin, adds a brand marketing user, makes them an admin and removes them via ${VIA[api]}`, async () => {
        const { data } = await sampleRow(payload, seed, 'users', null)
        const created = await createAs(payload, api, s.admin, 'users', { ...data, role: 'brandMarketing' })
        try {
          expect(created.status, created.message).toBe(201)
          const promoted = await updateAs(payload, api, s.admin, 'users', created.doc.id, { role: 'platformAdmin' })
          expect(promoted.status, promoted.message).toBe(200)
          expect((await payload.findByID({ collection: 'users', id: created.doc.id, overrideAccess: true })).role).toBe('platformAdmin')
          expect((await deleteAs(payload, api, s.admin, 'users', created.doc.id)).status).toBe(200)
          expect(await exists(payload, 'users', created.doc.id)).toBe(false)
        } finally {
          await removeRows(payload, 'users', [created.doc?.id])
        }
      })
    }

    it('as clinic staff of London, signs in but reads no one else’s account (rest me + graphql)', async () => {
      const me = await rest('GET', 'users/me', { token: s.staffLondon.token })
      expect(me.body.user.id).toBe(seed.users.staffLondon)
      const other = await graphql(`{ User(id: ${seed.users.ownerLondon}) { id email } }`, { token: s.staffLondon.token })
      expect(other.body.data?.User ?? null).toBeNull()
    })
  })
})
