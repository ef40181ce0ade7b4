import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ANONYMISED, anonymiseExpiredLeads } from '@/lib/leads/anonymise'
import type { Lead } from '@/payload-types'

import { daysAgo, filesLeft, lastPrivacyLogId, makeLead, makeLeadPhoto, photoFiles, privacyLogAfter } from '../helpers/leadAdmin'
import { exists, loadSeed, type Seed } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * Working the leads: anonymisation after each clinic's retention period, as the nightly job runs
 * it on the seeded database.
 */

describe('working the leads', () => {
  let payload: Payload
  let seed: Seed
  let logStart: number

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    logStart = await lastPrivacyLogId(payload)
  })
  afterAll(async () => {
    // Removing test leads writes erasure entries too; the log is left as the seed had it.
    await payload.delete({ collection: 'privacy-log', where: { id: { greater_than: logStart } }, overrideAccess: true })
    await payload.destroy()
  })

  describe('anonymising leads after the retention period', () => {
    it('anonymises only leads older than their clinic’s retention, deletes their photos, keeps status and campaign, logs once per clinic', async () => {
      const { london, manchester } = seed.clinics
      const now = new Date()
      const londonDays = (await payload.findByID({ collection: 'clinics', id: london, depth: 0, overrideAccess: true })).retentionDays
      const manchesterDays = (await payload.findByID({ collection: 'clinics', id: manchester, depth: 0, overrideAccess: true })).retentionDays
      await payload.update({ collection: 'clinics', id: manchester, data: { retentionDays: 3650 }, overrideAccess: true })
      const made: number[] = []
      const lead = async (clinic: number, days: number, patch: Partial<Lead> = {}) => {
        const created = await makeLead(payload, clinic, { createdAt: daysAgo(now, days), ...patch })
        made.push(created.id)
        return created
      }
      try {
        const photo = await makeLeadPhoto(payload, london)
        const expired = await lead(london, londonDays + 1, {
          status: 'treated',
          photos: [photo.id],
          concern: 'Diffuse thinning',
          marketingOptIn: true,
          notes: [{ text: 'Mentioned a medication' }],
          source: { landingPage: 'https://london.example/book?utm_source=google', referrer: 'https://www.google.com/', utmSource: 'google', utmCampaign: 'spring' },
        })
        const kept = [
          await lead(london, londonDays - 1), // not yet due
          await lead(london, 0), // recent
          await lead(manchester, londonDays + 1), // due in London, not under Manchester's longer retention
        ]
        const manchesterExpired = await lead(manchester, 3651, { status: 'lost' })
        const logFrom = await lastPrivacyLogId(payload)

        expect(await anonymiseExpiredLeads(payload, now)).toEqual({ [london]: 1, [manchester]: 1 })

        const after = await payload.findByID({ collection: 'leads', id: expired.id, depth: 0, overrideAccess: true })
        expect(after).toMatchObject({ ...ANONYMISED, status: 'treated', marketingOptIn: false, anonymisedAt: now.toISOString(), createdAt: expired.createdAt })
        expect(after.concern ?? null).toBeNull()
        expect(after.photos ?? []).toEqual([])
        expect(after.notes ?? []).toEqual([])
        expect(after.source).toMatchObject({ landingPage: null, referrer: null, utmSource: 'google', utmCampaign: 'spring' })
        expect(await exists(payload, 'lead-photos', photo.id)).toBe(false)
        expect(filesLeft(photoFiles(photo))).toEqual([])
        expect((await payload.findByID({ collection: 'leads', id: manchesterExpired.id, depth: 0, overrideAccess: true })).name).toBe(ANONYMISED.name)
        for (const untouched of kept) {
          const stored = await payload.findByID({ collection: 'leads', id: untouched.id, depth: 0, overrideAccess: true })
          expect(stored).toMatchObject({ name: untouched.name, email: untouched.email, phone: untouched.phone })
          expect(stored.anonymisedAt ?? null).toBeNull()
        }

        const entries = await privacyLogAfter(payload, logFrom)
        const summary = entries.map(({ action, clinic, count }) => ({ action, clinic, count }))
        expect(summary).toHaveLength(2)
        expect(summary).toEqual(
          expect.arrayContaining([
            { action: 'leadAnonymised', clinic: london, count: 1 },
            { action: 'leadAnonymised', clinic: manchester, count: 1 },
          ]),
        )
        for (const secret of [expired.name, expired.email, manchesterExpired.name]) expect(JSON.stringify(entries)).not.toContain(secret)

        // A second run finds nothing left to do and logs nothing.
        expect(await anonymiseExpiredLeads(payload, now)).toEqual({})
        expect(await privacyLogAfter(payload, logFrom)).toHaveLength(2)
      } finally {
        await payload.update({ collection: 'clinics', id: manchester, data: { retentionDays: manchesterDays }, overrideAccess: true })
        await payload.delete({ collection: 'leads', where: { id: { in: made } }, overrideAccess: true })
      }
    })
  })
})
