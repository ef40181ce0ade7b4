import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ANONYMISED, anonymiseExpiredLeads } from '@/lib/leads/anonymise'
import { type LeadStats, leadStats } from '@/lib/leads/stats'
import type { Lead } from '@/payload-types'

import {
  PRIVACY_LOG_KEYS,
  daysAgo,
  downloadCsv,
  exportedIds,
  filesLeft,
  lastPrivacyLogId,
  leadIdsOf,
  makeLead,
  makeLeadPhoto,
  photoFiles,
  privacyLogAfter,
  uniqueTag,
} from '../helpers/leadAdmin'
import { type Actor, APIS, AS, VIA, cross, deleteAs, exists, expectRefused, findByIdAs, loadSeed, type Seed, type Session, signInAll } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * Working the leads in the admin: the CSV export, the dashboard's numbers, erasure on request and
 * anonymisation after the retention period — each as the role that does it, on the seeded database.
 */

const COLUMNS = [
  'Lead number', 'Created', 'Clinic', 'Status', 'Name', 'E-mail', 'Phone', 'Preferred contact', 'Preferred time',
  'Treatment of interest', 'Concern', 'Marketing opt-in', 'Landing page', 'Referrer',
  'UTM source', 'UTM medium', 'UTM campaign', 'UTM term', 'UTM content',
]
const FORMULA_START = /^[=+\-@\t\r]/

describe('working the leads', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let logStart: number
  const clinicName: Record<string, string> = {}

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    logStart = await lastPrivacyLogId(payload)
    for (const clinic of (await payload.find({ collection: 'clinics', depth: 0, overrideAccess: true })).docs) clinicName[clinic.id] = clinic.name
  })
  afterAll(async () => {
    // Removing test leads writes erasure entries too; the log is left as the seed had it.
    await payload.delete({ collection: 'privacy-log', where: { id: { greater_than: logStart } }, overrideAccess: true })
    await payload.destroy()
  })

  describe('CSV export', () => {
    let hostile: Lead
    const HOSTILE = {
      name: 'Smith, "Jo" <script>alert(1)</script> Zoë',
      phone: '=HYPERLINK("http://evil.example","x")',
      concern: '=1+1\r\nLine two, with "quotes"\nand <script>alert(2)</script>',
      source: {
        landingPage: 'https://london.example/book?a=1,2&b="x"',
        referrer: '\t=cmd|calc',
        utmSource: '@SUM(1+1)',
        utmMedium: '-2+3',
        utmCampaign: "+cmd|' /C calc'!A0",
        utmTerm: '\r=1',
        utmContent: 'plain',
      },
    }

    beforeAll(async () => {
      hostile = await makeLead(payload, seed.clinics.london, { ...HOSTILE, status: 'spam' })
    })
    afterAll(async () => {
      await payload.delete({ collection: 'leads', id: hostile.id, overrideAccess: true })
    })

    const expectCsvFile = (download: Awaited<ReturnType<typeof downloadCsv>>) => {
      expect(download.status, download.text).toBe(200)
      expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/)
      expect(download.headers.get('cache-control')).toBe('no-store')
      expect([...download.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(download.header).toEqual(COLUMNS)
    }

    const people: [Actor, 'london' | 'manchester'][] = [
      ['ownerLondon', 'london'],
      ['staffLondon', 'london'],
      ['ownerManchester', 'manchester'],
      ['staffManchester', 'manchester'],
    ]
    for (const [actor, clinic] of people) {
      it(`${AS[actor]}, downloads exactly ${clinic}'s leads via REST, and one privacy-log entry records it`, async () => {
        const before = await lastPrivacyLogId(payload)
        const download = await downloadCsv('leads/export.csv', s[actor].token)
        expectCsvFile(download)
        const expected = await leadIdsOf(payload, [seed.clinics[clinic]])
        expect(expected.length).toBeGreaterThan(0)
        expect(exportedIds(download)).toEqual(expected)
        expect(new Set(download.records.map((r) => r.Clinic))).toEqual(new Set([clinicName[seed.clinics[clinic]]]))
        const entries = await privacyLogAfter(payload, before)
        expect(entries).toHaveLength(1)
        expect(entries[0]).toMatchObject({ action: 'leadsExported', count: expected.length, clinic: seed.clinics[clinic], by: s[actor].user!.id })
        expect(entries[0]!.lead ?? null).toBeNull()
        expect(Object.keys(entries[0]!).filter((key) => !PRIVACY_LOG_KEYS.includes(key))).toEqual([])
        const logged = JSON.stringify(entries)
        for (const record of download.records) for (const secret of [record.Name, record['E-mail'], record.Phone]) expect(logged).not.toContain(secret)
      })
    }

    it('as platform admin, downloads every clinic’s leads, logged per clinic; ?clinic= narrows to one', async () => {
      const before = await lastPrivacyLogId(payload)
      const all = await downloadCsv('leads/export.csv', s.admin.token)
      expectCsvFile(all)
      expect(exportedIds(all)).toEqual(await leadIdsOf(payload))
      const perClinic = await privacyLogAfter(payload, before)
      const expected = await Promise.all(
        Object.values(seed.clinics).map(async (clinic) => ({ clinic, count: (await leadIdsOf(payload, [clinic])).length })),
      )
      expect(perClinic.map(({ clinic, count }) => ({ clinic, count }))).toEqual(expect.arrayContaining(expected))
      expect(perClinic).toHaveLength(expected.length)
      for (const entry of perClinic) expect(entry).toMatchObject({ action: 'leadsExported', by: s.admin.user!.id })

      const middle = await lastPrivacyLogId(payload)
      const one = await downloadCsv(`leads/export.csv?clinic=${seed.clinics.manchester}`, s.admin.token)
      expectCsvFile(one)
      expect(exportedIds(one)).toEqual(await leadIdsOf(payload, [seed.clinics.manchester]))
      expect((await privacyLogAfter(payload, middle)).map(({ clinic, count }) => ({ clinic, count }))).toEqual([
        { clinic: seed.clinics.manchester, count: one.records.length },
      ])
    })

    const refusals: [string, Actor, string, number][] = [
      ['as brand marketing, is refused: an export carries personal data', 'marketing', 'leads/export.csv', 403],
      ['as anonymous visitor, is refused: signing in comes first', 'visitor', 'leads/export.csv', 401],
      ['as franchise owner of London, cannot export Manchester’s leads with ?clinic=', 'ownerLondon', 'manchester', 403],
      ['as clinic staff of London, cannot export Manchester’s leads with ?clinic=', 'staffLondon', 'manchester', 403],
      ['as franchise owner of London, gets a clear 400 for a clinic that is no number', 'ownerLondon', 'leads/export.csv?clinic=soho', 400],
    ]
    for (const [title, actor, target, status] of refusals) {
      it(`${title} (${status}), and nothing is logged`, async () => {
        const path = target === 'manchester' ? `leads/export.csv?clinic=${seed.clinics.manchester}` : target
        const before = await lastPrivacyLogId(payload)
        const download = await downloadCsv(path, s[actor].token)
        expect(download.status).toBe(status)
        expect(download.headers.get('content-type')).not.toMatch(/csv/)
        expect(download.text).not.toMatch(/example\.invalid|Demo Visitor|Lead number/)
        expect(JSON.parse(download.text).errors[0].message).toEqual(expect.any(String))
        expect(await privacyLogAfter(payload, before)).toEqual([])
      })
    }

    it('quotes and defuses hostile values: commas, quotes, line breaks, formulas and markup stay inside their cell', async () => {
      const download = await downloadCsv('leads/export.csv', s.ownerLondon.token)
      expectCsvFile(download)
      const row = download.records.find((r) => Number(r['Lead number']) === hostile.id)!
      expect(row).toMatchObject({
        Name: HOSTILE.name,
        'E-mail': hostile.email,
        Phone: `'${HOSTILE.phone}`,
        Concern: `'${HOSTILE.concern}`,
        Status: 'Spam',
        'Marketing opt-in': 'no',
        'Landing page': HOSTILE.source.landingPage,
        Referrer: `'${HOSTILE.source.referrer}`,
        'UTM source': `'${HOSTILE.source.utmSource}`,
        'UTM medium': `'${HOSTILE.source.utmMedium}`,
        'UTM campaign': `'${HOSTILE.source.utmCampaign}`,
        'UTM term': `'${HOSTILE.source.utmTerm}`,
        'UTM content': 'plain',
      })
      // The raw text: quotes doubled inside a quoted cell, accents intact in UTF-8.
      expect(download.text).toContain('"Smith, ""Jo"" <script>alert(1)</script> Zoë"')
      expect(download.text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
      for (const record of download.records) for (const cell of Object.values(record)) expect(cell).not.toMatch(FORMULA_START)
    })

    it('pages through a thousand leads and more: every one exported once, none twice', async () => {
      const leeds = seed.clinics.leeds
      const made: number[] = []
      try {
        for (let batch = 0; batch < 20; batch++) {
          const leads = await Promise.all(Array.from({ length: 50 }, () => makeLead(payload, leeds, { concern: 'Paging probe' })))
          made.push(...leads.map((lead) => lead.id))
        }
        const before = await lastPrivacyLogId(payload)
        const download = await downloadCsv('leads/export.csv', s.ownerLeeds.token)
        expectCsvFile(download)
        const expected = await leadIdsOf(payload, [leeds])
        expect(expected.length).toBeGreaterThan(1000)
        expect(exportedIds(download)).toEqual(expected)
        expect((await privacyLogAfter(payload, before)).map((e) => e.count)).toEqual([expected.length])
      } finally {
        await payload.db.deleteMany({ collection: 'leads', where: { id: { in: made } } })
      }
    })
  })

  describe('the dashboard’s “Leads this week”', () => {
    const now = new Date()
    const SRC = uniqueTag('ads')
    const SPAM_ONLY = uniqueTag('spam')
    const HOST = `${uniqueTag('ref')}.example`
    // London: this week a, b, e, h (4); source SRC counts a, b, c (2 converted); spam and 100-day-old leads nowhere.
    const FIXTURES: { clinic: 'london' | 'manchester'; status: Lead['status']; days: number; source: Lead['source'] }[] = [
      { clinic: 'london', status: 'new', days: 0.04, source: { utmSource: SRC } }, // a
      { clinic: 'london', status: 'consultationBooked', days: 1, source: { utmSource: SRC } }, // b
      { clinic: 'london', status: 'treated', days: 10, source: { utmSource: SRC } }, // c: conversion only
      { clinic: 'london', status: 'spam', days: 1, source: { utmSource: SRC } }, // d: spam
      { clinic: 'london', status: 'new', days: 2, source: { referrer: `https://www.${HOST}/some/page` } }, // e
      { clinic: 'london', status: 'treated', days: 100, source: { utmSource: SRC } }, // f: too old for both
      { clinic: 'london', status: 'contacted', days: 6.9, source: {} }, // h: direct
      { clinic: 'london', status: 'new', days: 7.1, source: {} }, // i: last week
      { clinic: 'london', status: 'spam', days: 0.5, source: { utmSource: SPAM_ONLY } }, // j: spam
      { clinic: 'manchester', status: 'treated', days: 3, source: { utmSource: SRC } }, // g
    ]
    const before: Partial<Record<Actor, LeadStats | null>> = {}
    const made: number[] = []
    const ACTORS: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffManchester']
    const newLeads = (stats: LeadStats | null | undefined, clinic: number) => stats?.perClinic.find((row) => row.clinic === clinic)?.newLeads ?? 0
    const source = (stats: LeadStats | null | undefined, name: string) => stats?.bySource.find((row) => row.source === name)

    beforeAll(async () => {
      for (const actor of ACTORS) before[actor] = await leadStats(payload, s[actor].user, now)
      for (const f of FIXTURES) made.push((await makeLead(payload, seed.clinics[f.clinic], { status: f.status, createdAt: daysAgo(now, f.days), source: f.source })).id)
    })
    afterAll(async () => {
      await payload.db.deleteMany({ collection: 'leads', where: { id: { in: made } } })
    })

    it('as franchise owner of London, counts London’s new leads and conversion by source, nothing of Manchester, no spam', async () => {
      const stats = (await leadStats(payload, s.ownerLondon.user, now))!
      expect(stats.perClinic.map((row) => row.clinic)).toEqual([seed.clinics.london])
      expect(newLeads(stats, seed.clinics.london) - newLeads(before.ownerLondon, seed.clinics.london)).toBe(4)
      expect(stats.newThisWeek - before.ownerLondon!.newThisWeek).toBe(4)
      expect(source(stats, SRC)).toEqual({ source: SRC, leads: 3, converted: 2, rate: 2 / 3 })
      expect(source(stats, HOST)).toEqual({ source: HOST, leads: 1, converted: 0, rate: 0 })
      expect(source(stats, 'Direct')!.leads - source(before.ownerLondon, 'Direct')!.leads).toBe(2)
      expect(source(stats, SPAM_ONLY)).toBeUndefined()
    })

    it('as platform admin, counts every clinic, Manchester’s lead included', async () => {
      const stats = (await leadStats(payload, s.admin.user, now))!
      expect(stats.perClinic.map((row) => row.clinic).sort()).toEqual(Object.values(seed.clinics).sort())
      expect(newLeads(stats, seed.clinics.london) - newLeads(before.admin, seed.clinics.london)).toBe(4)
      expect(newLeads(stats, seed.clinics.manchester) - newLeads(before.admin, seed.clinics.manchester)).toBe(1)
      expect(stats.newThisWeek - before.admin!.newThisWeek).toBe(5)
      expect(source(stats, SRC)).toEqual({ source: SRC, leads: 4, converted: 3, rate: 0.75 })
      expect(source(stats, SPAM_ONLY)).toBeUndefined()
    })

    it('as brand marketing, sees the same counts as the platform admin', async () => {
      expect(await leadStats(payload, s.marketing.user, now)).toEqual(await leadStats(payload, s.admin.user, now))
      expect(source(before.marketing, SRC)).toBeUndefined()
    })

    it('as clinic staff of Manchester, counts Manchester only; London’s leads are absent', async () => {
      const stats = (await leadStats(payload, s.staffManchester.user, now))!
      expect(stats.perClinic.map((row) => row.clinic)).toEqual([seed.clinics.manchester])
      expect(stats.newThisWeek - before.staffManchester!.newThisWeek).toBe(1)
      expect(source(stats, SRC)).toEqual({ source: SRC, leads: 1, converted: 1, rate: 1 })
      expect(source(stats, HOST)).toBeUndefined()
    })

    it('as anonymous visitor, gets no numbers at all', async () => {
      expect(await leadStats(payload, s.visitor.user, now)).toBeNull()
    })
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
