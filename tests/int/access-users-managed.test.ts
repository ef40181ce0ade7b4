import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from '../helpers/api'
import { type Actor, type Api, APIS, AS, VIA, cross, deleteAs, exists, expectRefused, findAs, idsOf, loadSeed, removeRows, type Seed, type Session, signInAll, throwaway, updateAs } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * Managing people: a franchise owner changes, removes and unlocks only people whose every clinic
 * is theirs — not someone who also works for another clinic, never brand marketing or a platform
 * admin. Unlocking (after five wrong passwords) is otherwise for platform admins only.
 */

const ACTORS: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffLondon', 'ownerManchester', 'visitor']
const LOCKED_FOR = 15 * 60 * 1000

describe('who manages whom', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let people: Record<'londonStaff' | 'sharedStaff' | 'anotherAdmin' | 'anotherMarketer', { id: number; email: string }>

  const person = async (patch: Record<string, unknown>, clinic: number | null) => {
    const id = await throwaway(payload, seed, 'users', clinic, patch)
    const { email } = await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
    return { id, email }
  }
  const lock = (id: number) => payload.db.updateOne({ collection: 'users', id, data: { loginAttempts: 5, lockUntil: new Date(Date.now() + LOCKED_FOR).toISOString() }, returning: false })
  const isLocked = async (id: number) => {
    const user = (await payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as { lockUntil?: string | null } | null
    return Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  }
  const unlockAs = async (api: Api, session: Session, email: string): Promise<number> => {
    if (api === 'rest') return (await rest('POST', 'users/unlock', { token: session.token, body: { email } })).status
    if (api === 'graphql') {
      const res = await graphql('mutation ($email: String!) { unlockUser(email: $email) }', { token: session.token, variables: { email } })
      return res.body.errors?.length ? Number(res.body.errors[0].extensions?.statusCode ?? 500) : 200
    }
    try {
      // Payload types unlock's data like a login's; only the e-mail is read.
      await payload.unlock({ collection: 'users', data: { email } as never, overrideAccess: false, req: { user: session.user } })
      return 200
    } catch (error) {
      return Number((error as { status?: number }).status ?? 500)
    }
  }

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    people = {
      londonStaff: await person({}, seed.clinics.london),
      sharedStaff: await person({ clinics: [{ clinic: seed.clinics.london }, { clinic: seed.clinics.manchester }] }, seed.clinics.london),
      anotherAdmin: await person({ role: 'platformAdmin', clinics: [{ clinic: seed.clinics.london }] }, seed.clinics.london),
      anotherMarketer: await person({ role: 'brandMarketing', clinics: [] }, null),
    }
  })
  afterAll(async () => {
    await removeRows(payload, 'users', Object.values(people ?? {}).map((one) => one.id))
    await payload.destroy()
  })

  describe('unlocking an account', () => {
    const unlocks: Record<Actor, (keyof typeof people)[]> = {
      admin: ['londonStaff', 'sharedStaff', 'anotherAdmin', 'anotherMarketer'],
      ownerLondon: ['londonStaff'],
      ownerManchester: [],
      marketing: [],
      staffLondon: [],
      staffManchester: [],
      ownerLeeds: [],
      visitor: [],
    }
    for (const [actor, api] of cross(ACTORS, APIS)) {
      it(`${AS[actor]}, unlocks ${unlocks[actor].length ? unlocks[actor].join(', ') : 'nobody'} via ${VIA[api]}`, async () => {
        for (const [name, target] of Object.entries(people) as [keyof typeof people, { id: number; email: string }][]) {
          await lock(target.id)
          try {
            const status = await unlockAs(api, s[actor], target.email)
            const allowed = unlocks[actor].includes(name)
            expect(status, `${name}: ${status}`).toBe(allowed ? 200 : 403)
            expect(await isLocked(target.id), name).toBe(!allowed)
          } finally {
            await payload.db.updateOne({ collection: 'users', id: target.id, data: { loginAttempts: 0, lockUntil: null }, returning: false })
          }
        }
      })
    }
  })

  describe('someone who also works for another clinic', () => {
    for (const api of APIS) {
      it(`as franchise owner of London, sees them but cannot rename, move or remove them via ${VIA[api]}`, async () => {
        const { id } = people.sharedStaff
        const listed = await findAs(payload, api, s.ownerLondon, 'users', { id: { equals: id } })
        expect(idsOf(listed.docs)).toEqual([id])
        expectRefused(await updateAs(payload, api, s.ownerLondon, 'users', id, { name: 'Renamed by London' }))
        expectRefused(await updateAs(payload, api, s.ownerLondon, 'users', id, { clinics: [{ clinic: seed.clinics.london }] }))
        expectRefused(await deleteAs(payload, api, s.ownerLondon, 'users', id))
        const stored = await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
        expect([stored.name, stored.clinics?.map((row) => row.clinic)]).toEqual(['Probe Person', [seed.clinics.london, seed.clinics.manchester]])
      })
    }

    it('as platform admin, renames and moves them', async () => {
      const { id } = people.sharedStaff
      const res = await updateAs(payload, 'rest', s.admin, 'users', id, { name: 'Moved by an admin', clinics: [{ clinic: seed.clinics.london }, { clinic: seed.clinics.manchester }] })
      expect(res.status, res.message).toBe(200)
      await payload.update({ collection: 'users', id, data: { name: 'Probe Person' }, overrideAccess: true })
    })

    it('as franchise owner of London, still manages a person of London only', async () => {
      const id = await throwaway(payload, seed, 'users', seed.clinics.london)
      try {
        expect((await updateAs(payload, 'rest', s.ownerLondon, 'users', id, { name: 'Renamed' })).status).toBe(200)
        expect((await deleteAs(payload, 'rest', s.ownerLondon, 'users', id)).status).toBe(200)
        expect(await exists(payload, 'users', id)).toBe(false)
      } finally {
        await removeRows(payload, 'users', [id])
      }
    })

    it('as franchise owner of London, cannot touch a platform admin who is also assigned to London', async () => {
      const { id } = people.anotherAdmin
      expectRefused(await updateAs(payload, 'rest', s.ownerLondon, 'users', id, { name: 'Renamed by London' }))
      expectRefused(await deleteAs(payload, 'rest', s.ownerLondon, 'users', id))
      expect(await exists(payload, 'users', id)).toBe(true)
    })
  })
})
