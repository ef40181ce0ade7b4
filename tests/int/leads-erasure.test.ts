import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PRIVACY_LOG_KEYS, filesLeft, lastPrivacyLogId, makeLead, makeLeadPhoto, photoFiles } from '../helpers/leadAdmin'
import { type Actor, APIS, AS, VIA, cross, deleteAs, exists, expectRefused, findByIdAs, loadSeed, type Seed, type Session, signInAll } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * Working the leads in the admin: erasure on request, through each API, as the roles that may and
 * may not do it — the lead, its photos and their files go, and the log names nobody.
 */

describe('working the leads', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let logStart: number

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    logStart = await lastPrivacyLogId(payload)
  })
  afterAll(async () => {
    // Removing test leads writes erasure entries too; the log is left as the seed had it.
    await payload.delete({ collection: 'privacy-log', where: { id: { greater_than: logStart } }, overrideAccess: true })
    await payload.destroy()
  })

  describe('erasing a lead on request', () => {
    const erasureEntries = async (lead: number) =>
      (await payload.find({ collection: 'privacy-log', where: { and: [{ action: { equals: 'leadErased' } }, { lead: { equals: lead } }] }, depth: 0, overrideAccess: true })).docs

    for (const api of APIS) {
      it(`as franchise owner of London, erases a London lead with its photo and file via ${VIA[api]}, leaving a log entry that names nobody`, async () => {
        const photo = await makeLeadPhoto(payload, seed.clinics.london)
        const files = photoFiles(photo)
        expect(files).toHaveLength(2) // the photo and its thumbnail
        expect(filesLeft(files)).toEqual(files)
        const lead = await makeLead(payload, seed.clinics.london, { photos: [photo.id], concern: 'Crown thinning since 2019' })

        const res = await deleteAs(payload, api, s.ownerLondon, 'leads', lead.id)
        expect(res.status, res.message).toBe(200)
        expect(await exists(payload, 'leads', lead.id)).toBe(false)
        expect(await exists(payload, 'lead-photos', photo.id)).toBe(false)
        expect(filesLeft(files)).toEqual([])
        const entries = await erasureEntries(lead.id)
        expect(entries).toHaveLength(1)
        expect(entries[0]).toMatchObject({ action: 'leadErased', lead: lead.id, clinic: seed.clinics.london, by: s.ownerLondon.user!.id })
        expect(Object.keys(entries[0]!).filter((key) => !PRIVACY_LOG_KEYS.includes(key))).toEqual([])
        const logged = JSON.stringify(entries)
        for (const secret of [lead.name, lead.email, 'Crown thinning', photo.filename!]) expect(logged).not.toContain(secret)
      })
    }

    const refused: [Actor, 'london' | 'manchester'][] = [
      ['ownerLondon', 'manchester'],
      ['staffLondon', 'manchester'],
      ['staffLondon', 'london'],
      ['staffManchester', 'manchester'],
    ]
    for (const [[actor, clinic], api] of cross(refused, APIS)) {
      it(`${AS[actor]}, cannot erase a ${clinic} lead via ${VIA[api]}: lead, photo and file stay`, async () => {
        const photo = await makeLeadPhoto(payload, seed.clinics[clinic])
        const lead = await makeLead(payload, seed.clinics[clinic], { photos: [photo.id] })
        try {
          if (actor.endsWith('London') && clinic === 'manchester') expectRefused(await findByIdAs(payload, api, s[actor], 'leads', lead.id))
          expectRefused(await deleteAs(payload, api, s[actor], 'leads', lead.id))
          expect(await exists(payload, 'leads', lead.id)).toBe(true)
          expect(await exists(payload, 'lead-photos', photo.id)).toBe(true)
          expect(filesLeft(photoFiles(photo))).toEqual(photoFiles(photo))
          expect(await erasureEntries(lead.id)).toEqual([])
        } finally {
          await payload.delete({ collection: 'leads', id: lead.id, overrideAccess: true })
        }
      })
    }
  })
})
