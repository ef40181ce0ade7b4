import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest } from '../helpers/api'
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
 * Reviews cannot be suppressed: nobody creates one through the APIs, nobody deletes one, nobody
 * changes what the client wrote; only the brand withholds one, and only with a legal reason; a
 * clinic's owner may reply to their own clinic's reviews and do nothing else. Visitors read
 * published reviews without the lead or the withholding record.
 */

const EVERYONE: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffLondon', 'ownerManchester', 'staffManchester', 'ownerLeeds', 'visitor']

describe('reviews', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  const made: number[] = []
  const londonReview = async (patch: Record<string, unknown> = {}) => {
    const id = await throwaway(payload, seed, 'reviews', seed.clinics.london, patch)
    made.push(id)
    return id
  }
  const stored = (id: number) => payload.findByID({ collection: 'reviews', id, depth: 0, overrideAccess: true })

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
  })
  afterAll(async () => {
    await removeRows(payload, 'reviews', made)
    await payload.destroy()
  })

  for (const [actor, api] of cross(EVERYONE, APIS)) {
    it(`${AS[actor]}, cannot create a review via ${VIA[api]}`, async () => {
      const { data } = await sampleRow(payload, seed, 'reviews', seed.clinics.london)
      const created = await createAs(payload, api, s[actor], 'reviews', data)
      made.push(created.doc?.id)
      expect([401, 403], `${created.status} ${created.message}`).toContain(created.status)
    })

    it(`${AS[actor]}, cannot delete a London review via ${VIA[api]}`, async () => {
      const id = await londonReview()
      const deleted = await deleteAs(payload, api, s[actor], 'reviews', id)
      expect(deleted.status).not.toBe(200)
      expect(await exists(payload, 'reviews', id)).toBe(true)
    })

    it(`${AS[actor]}, cannot change a London review’s rating, text or name via ${VIA[api]}`, async () => {
      const id = await londonReview()
      const before = await stored(id)
      await updateAs(payload, api, s[actor], 'reviews', id, { rating: 5, text: 'Changed by someone else.', displayName: 'Someone' })
      expect(await stored(id)).toMatchObject({ rating: before.rating, text: before.text, displayName: before.displayName })
    })
  }

  for (const [actor, api] of cross(['ownerLondon', 'staffLondon', 'ownerManchester', 'staffManchester', 'visitor'] as Actor[], APIS)) {
    it(`${AS[actor]}, cannot withhold a London review, even with a reason, via ${VIA[api]}`, async () => {
      const id = await londonReview()
      await updateAs(payload, api, s[actor], 'reviews', id, { status: 'withheld', withholding: { reason: 'defamation', note: 'We do not like it.' } })
      expect((await stored(id)).status).toBe('published')
    })
  }

  for (const api of APIS) {
    it(`as brand marketing, withholds a review with a legal reason (signed with who and when), and cannot without one, via ${VIA[api]}`, async () => {
      const id = await londonReview()
      const without = await updateAs(payload, api, s.marketing, 'reviews', id, { status: 'withheld' })
      expect(without.status, without.message).toBe(400)
      expect(without.message).toContain('Choose the legal reason')
      expect((await stored(id)).status).toBe('published')

      const withheld = await updateAs(payload, api, s.marketing, 'reviews', id, { status: 'withheld', withholding: { reason: 'personalDataOfOthers', note: 'Names another client.' } })
      expect(withheld.status, withheld.message).toBe(200)
      const after = await stored(id)
      expect(after).toMatchObject({ status: 'withheld', withholding: { reason: 'personalDataOfOthers', note: 'Names another client.', by: seed.users.marketing } })
      expect(Date.now() - Date.parse(after.withholding!.at!)).toBeLessThan(60_000)
    })

    it(`as franchise owner of London, replies to a London review (dated), and cannot reply to Manchester’s, via ${VIA[api]}`, async () => {
      const id = await londonReview()
      const reply = await updateAs(payload, api, s.ownerLondon, 'reviews', id, { ownerReply: 'Thank you — sorry the second session was patchy.' })
      expect(reply.status, reply.message).toBe(200)
      const after = await stored(id)
      expect(after.ownerReply).toBe('Thank you — sorry the second session was patchy.')
      expect(Date.now() - Date.parse(after.repliedAt!)).toBeLessThan(60_000)

      const manchester = await throwaway(payload, seed, 'reviews', seed.clinics.manchester)
      made.push(manchester)
      expectRefused(await updateAs(payload, api, s.ownerLondon, 'reviews', manchester, { ownerReply: 'Not my clinic.' }))
      expect((await stored(manchester)).ownerReply ?? null).toBeNull()
    })
  }

  for (const [actor, api] of cross(['staffLondon', 'marketing'] as Actor[], APIS)) {
    it(`${AS[actor]}, cannot reply to a London review via ${VIA[api]}`, async () => {
      const id = await londonReview()
      await updateAs(payload, api, s[actor], 'reviews', id, { ownerReply: 'Not theirs to say.' })
      expect((await stored(id)).ownerReply ?? null).toBeNull()
    })
  }

  for (const api of APIS) {
    it(`as anonymous visitor, reads published reviews only, without their lead or withholding record, via ${VIA[api]}`, async () => {
      const published = await londonReview()
      const withheld = await londonReview({ status: 'withheld', withholding: { reason: 'offensiveContent', note: 'Slurs.' } })
      const listed = await findAs(payload, api, s.visitor, 'reviews', { clinic: { equals: seed.clinics.london } }, api === 'graphql' ? { fields: 'id status' } : {})
      expect(listed.status, listed.message).toBe(200)
      const ids = listed.docs.map((doc) => Number(doc.id))
      expect(ids).toContain(published)
      expect(ids).not.toContain(withheld)
      expect(listed.docs.every((doc) => doc.status === 'published')).toBe(true)
      expectRefused(await findByIdAs(payload, api, s.visitor, 'reviews', withheld))
      if (api !== 'graphql') {
        const one = await findByIdAs(payload, api, s.visitor, 'reviews', published)
        expect(one.doc).toBeTruthy()
        expect(one.doc).not.toHaveProperty('lead')
        expect(one.doc).not.toHaveProperty('withholding')
      }
      // Asking for a withheld review by its lead or reason finds nothing.
      const probing = await findAs(payload, api, s.visitor, 'reviews', { 'withholding.reason': { equals: 'offensiveContent' } }, api === 'graphql' ? { fields: 'id' } : {})
      expect(probing.docs.map((doc) => Number(doc.id))).not.toContain(withheld)
    })
  }

  describe('statistics', () => {
    it('the brand sees every clinic, an owner their own, staff and visitors nothing', async () => {
      await londonReview({ rating: 2 })
      await londonReview({ status: 'withheld', withholding: { reason: 'defamation' } })
      const clinicsSeenBy = async (actor: Actor) => {
        const answer = await rest('GET', 'reviews/statistics', { token: s[actor].token })
        return { status: answer.status, clinics: (answer.body.clinics ?? []) as { clinic: number; published: number; withheld: number; ratings: Record<string, number>; average: number | null }[] }
      }
      for (const actor of ['admin', 'marketing'] as Actor[]) {
        const seen = await clinicsSeenBy(actor)
        expect(seen.status).toBe(200)
        expect(seen.clinics.map((row) => row.clinic).sort()).toEqual(Object.values(seed.clinics).sort())
      }
      const owner = await clinicsSeenBy('ownerLondon')
      expect(owner.clinics.map((row) => row.clinic)).toEqual([seed.clinics.london])
      const [london] = owner.clinics
      const published = await payload.find({ collection: 'reviews', where: { and: [{ clinic: { equals: seed.clinics.london } }, { status: { equals: 'published' } }] }, overrideAccess: true, pagination: false, depth: 0 })
      expect(london!.published).toBe(published.totalDocs)
      expect(london!.ratings['2']).toBe(published.docs.filter((doc) => doc.rating === 2).length)
      expect(london!.withheld).toBeGreaterThanOrEqual(1)
      expect(london!.average).toBeCloseTo(published.docs.reduce((sum, doc) => sum + doc.rating, 0) / published.totalDocs, 2)
      expect((await clinicsSeenBy('ownerManchester')).clinics.map((row) => row.clinic)).toEqual([seed.clinics.manchester])
      expect((await clinicsSeenBy('staffLondon')).status).toBe(403)
      expect((await clinicsSeenBy('visitor')).status).toBe(401)
    })
  })
})
