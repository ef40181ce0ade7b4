import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Clinic, Treatment } from '@/payload-types'

import { type Actor, type Api, APIS, AS, VIA, asInput, cross, expectRefused, loadSeed, type Seed, type Session, signInAll, updateAs } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * A clinic's prices by stage of hair loss, from the outside: the advertised from/to always follow
 * them, a stage of the wrong scale is refused with nothing stored, a newly offered treatment starts
 * from the brand's proposal, and only the clinic's owner (or a platform admin) changes them.
 */

type Offer = NonNullable<Clinic['treatmentsOffered']>[number]

const PATTERN = 'smp-for-pattern-baldness'

describe('stage prices', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let pattern: Treatment

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    pattern = (await payload.find({ collection: 'treatments', where: { slug: { equals: PATTERN } }, depth: 0, overrideAccess: true })).docs[0]!
  })
  afterAll(async () => {
    await payload.destroy()
  })

  const stored = async (clinic: 'london' | 'manchester' | 'leeds') => payload.findByID({ collection: 'clinics', id: seed.clinics[clinic], depth: 0, overrideAccess: true })

  /** Runs `change` on a clinic and puts its menu back afterwards, whatever happened. */
  const onClinic = async (clinic: 'london' | 'manchester' | 'leeds', change: (original: Clinic) => Promise<void>) => {
    const original = await stored(clinic)
    try {
      await change(original)
    } finally {
      await payload.update({ collection: 'clinics', id: original.id, data: { treatmentsOffered: original.treatmentsOffered }, overrideAccess: true })
    }
  }

  /** The clinic's menu with the pattern-baldness row changed by `edit`, as an API client sends it back. */
  const menuWith = (original: Clinic, edit: (row: Offer) => Offer) =>
    (original.treatmentsOffered ?? []).map((row) => (row.treatment === pattern.id ? edit(row) : row))

  /** GraphQL spells select values as enum names, and its update input needs the clinic's required groups. */
  const forApi = (api: Api, original: Clinic, menu: Offer[]) => {
    if (api !== 'graphql') return { treatmentsOffered: menu }
    const { branding, contact } = asInput(original)
    const treatmentsOffered = asInput(menu).map((row: Offer) => ({ ...row, stagePrices: row.stagePrices?.map((price) => ({ ...price, stage: price.stage.replace(/-/g, '_') })) }))
    return { branding, contact, treatmentsOffered }
  }

  for (const api of APIS) {
    it(`as franchise owner of London, sets stage prices and London advertises exactly their range via ${VIA[api]}`, async () => {
      await onClinic('london', async (original) => {
        const menu = menuWith(original, (row) => ({
          ...row,
          // Typed below and above every real price: neither may be advertised.
          priceFrom: 99,
          priceTo: 99_999,
          stagePrices: [
            { stage: 'norwood-3', priceFrom: 1650, priceTo: 2100, sessions: 2 },
            { stage: 'norwood-6', priceFrom: 2600, priceTo: 3400, sessions: 3 },
          ],
        }))
        const res = await updateAs(payload, api, s.ownerLondon, 'clinics', original.id, forApi(api, original, menu))
        expect(res.status, res.message).toBe(200)
        const row = (await stored('london')).treatmentsOffered!.find((offer) => offer.treatment === pattern.id)!
        expect([row.priceFrom, row.priceTo]).toEqual([1650, 3400])
        expect(row.stagePrices!.map((price) => price.stage)).toEqual(['norwood-3', 'norwood-6'])
      })
    })

    it(`as franchise owner of London, is told a stage of another scale is wrong and nothing is stored via ${VIA[api]}`, async () => {
      await onClinic('london', async (original) => {
        const menu = menuWith(original, (row) => ({ ...row, stagePrices: [{ stage: 'ludwig-2', priceFrom: 100, priceTo: 200, sessions: 1 }] }))
        const res = await updateAs(payload, api, s.ownerLondon, 'clinics', original.id, forApi(api, original, menu))
        expect(res.status).toBe(400)
        expect(res.message).toMatch(/Norwood scale/)
        expect((await stored('london')).treatmentsOffered).toEqual(original.treatmentsOffered)
      })
    })
  }

  const strangers: Actor[] = ['ownerManchester', 'staffLondon', 'marketing', 'visitor']
  for (const [actor, api] of cross(strangers, APIS)) {
    it(`${AS[actor]}, cannot change London's stage prices via ${VIA[api]}`, async () => {
      await onClinic('london', async (original) => {
        const menu = menuWith(original, (row) => ({ ...row, stagePrices: [{ stage: 'norwood-2', priceFrom: 10, priceTo: 20, sessions: 1 }] }))
        expectRefused(await updateAs(payload, api, s[actor], 'clinics', original.id, forApi(api, original, menu)))
        expect((await stored('london')).treatmentsOffered).toEqual(original.treatmentsOffered)
      })
    })
  }

  it('starts a newly offered treatment from the brand’s proposal, and respects a table the owner emptied', async () => {
    const density = (await payload.find({ collection: 'treatments', where: { slug: { equals: 'density-for-thinning-hair' } }, depth: 0, overrideAccess: true })).docs[0]!
    expect(density.stagePriceProposals!.length).toBeGreaterThan(0)
    await onClinic('leeds', async (original) => {
      expect(original.treatmentsOffered!.some((row) => row.treatment === density.id)).toBe(false)
      const added = await updateAs(payload, 'rest', s.admin, 'clinics', original.id, {
        treatmentsOffered: [...original.treatmentsOffered!, { treatment: density.id, availability: 'available' }],
      })
      expect(added.status, added.message).toBe(200)
      const row = (await stored('leeds')).treatmentsOffered!.find((offer) => offer.treatment === density.id)!
      const proposal = density.stagePriceProposals!.map(({ stage, priceFrom, priceTo, sessions }) => ({ stage, priceFrom, priceTo, sessions }))
      expect(row.stagePrices!.map(({ stage, priceFrom, priceTo, sessions }) => ({ stage, priceFrom, priceTo, sessions }))).toEqual(proposal)
      expect(row.priceFrom).toBe(Math.min(...proposal.map((price) => price.priceFrom)))

      // Emptied on purpose: stays empty, and the from/to the owner types are what is shown.
      const current = await stored('leeds')
      const emptied = current.treatmentsOffered!.map((offer) => (offer.treatment === density.id ? { ...offer, stagePrices: [], priceFrom: 1250, priceTo: 1900 } : offer))
      expect((await updateAs(payload, 'local', s.admin, 'clinics', original.id, { treatmentsOffered: emptied })).status).toBe(200)
      const after = (await stored('leeds')).treatmentsOffered!.find((offer) => offer.treatment === density.id)!
      expect([after.stagePrices, after.priceFrom, after.priceTo]).toEqual([[], 1250, 1900])
    })
  })

  for (const [actor, api] of cross(['marketing', 'ownerLondon'] as Actor[], ['local', 'rest'] as Api[])) {
    const allowed = actor === 'marketing'
    it(`${AS[actor]}, ${allowed ? 'can' : 'cannot'} change the brand's proposed stage prices via ${VIA[api]}`, async () => {
      const original = pattern.stagePriceProposals!
      try {
        const proposal = [{ stage: 'norwood-4', priceFrom: 1750, priceTo: 2350, sessions: 3 }]
        const res = await updateAs(payload, api, s[actor], 'treatments', pattern.id, { stagePriceProposals: proposal })
        const now = await payload.findByID({ collection: 'treatments', id: pattern.id, depth: 0, overrideAccess: true })
        if (allowed) {
          expect(res.status, res.message).toBe(200)
          expect(now.stagePriceProposals!.map((price) => price.priceFrom)).toEqual([1750])
          // A stage off the treatment's scale is refused for the brand too.
          const wrong = await updateAs(payload, api, s[actor], 'treatments', pattern.id, { stagePriceProposals: [{ stage: 'scar-large', priceFrom: 1, sessions: 1 }] })
          expect(wrong.status).toBe(400)
        } else {
          expectRefused(res)
          expect(now.stagePriceProposals).toEqual(original)
        }
      } finally {
        await payload.update({ collection: 'treatments', id: pattern.id, data: { stagePriceProposals: original }, overrideAccess: true })
      }
    })
  }
})
