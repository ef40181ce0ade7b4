import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Clinic } from '@/payload-types'

import { type Actor, APIS, AS, asInput, cross, loadSeed, type Seed, type Session, signInAll, updateAs, VIA } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * A clinic's country decides how its phone numbers are read (kept in E.164) and which money its
 * prices are in; only the platform moves a clinic to another country or currency.
 */

describe('a clinic’s country, currency and phone numbers', () => {
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

  const stored = () => payload.findByID({ collection: 'clinics', id: seed.clinics.london, depth: 0, overrideAccess: true })
  const restore = (original: Clinic) =>
    payload.update({ collection: 'clinics', id: original.id, data: { country: original.country, currency: original.currency, contact: original.contact }, overrideAccess: true })
  /** GraphQL's update input needs the clinic's required groups. */
  const withRequired = (original: Clinic, data: Record<string, unknown>) => {
    const { branding, contact } = asInput(original)
    return { branding, contact, ...data, ...(data.contact ? { contact: { ...contact, ...(data.contact as object) } } : {}) }
  }

  it('keeps the seeded numbers in E.164', async () => {
    expect((await stored()).contact).toMatchObject({ phone: '+442079460321', whatsapp: '+442079460322' })
  })

  for (const api of APIS) {
    it(`as franchise owner of London, saves a number typed as dialled in the UK, kept in E.164, via ${VIA[api]}`, async () => {
      const original = await stored()
      try {
        const res = await updateAs(payload, api, s.ownerLondon, 'clinics', original.id, withRequired(original, { contact: { phone: '020 7946 0999' } }))
        expect(res.status, res.message).toBe(200)
        expect((await stored()).contact.phone).toBe('+442079460999')
      } finally {
        await restore(original)
      }
    })

    it(`as franchise owner of London, is told a number that is not one is wrong, and nothing is stored, via ${VIA[api]}`, async () => {
      const original = await stored()
      const res = await updateAs(payload, api, s.ownerLondon, 'clinics', original.id, withRequired(original, { contact: { phone: '0207 946' } }))
      expect(res.status).toBe(400)
      expect(res.message).toMatch(/not a complete phone number/)
      expect((await stored()).contact).toEqual(original.contact)
    })
  }

  for (const [actor, api] of cross(['ownerLondon', 'staffLondon', 'marketing'] as Actor[], APIS)) {
    it(`${AS[actor]}, cannot move London to another country or currency via ${VIA[api]}`, async () => {
      const original = await stored()
      try {
        await updateAs(payload, api, s[actor], 'clinics', original.id, withRequired(original, { country: 'ES', currency: 'EUR' }))
        expect([(await stored()).country, (await stored()).currency]).toEqual(['GB', 'GBP'])
      } finally {
        await restore(original)
      }
    })
  }

  it('as platform admin, moves a clinic to Spain: its numbers are then read as Spanish ones', async () => {
    const original = await stored()
    try {
      const moved = await updateAs(payload, 'rest', s.admin, 'clinics', original.id, { country: 'ES', currency: 'EUR', contact: { ...original.contact, phone: '912 34 56 78', whatsapp: '+44 20 7946 0322' } })
      expect(moved.status, moved.message).toBe(200)
      expect(await stored()).toMatchObject({ country: 'ES', currency: 'EUR', contact: { phone: '+34912345678', whatsapp: '+442079460322' } })
    } finally {
      await restore(original)
    }
  })
})
