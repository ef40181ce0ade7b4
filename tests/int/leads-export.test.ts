import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Lead } from '@/payload-types'

import { PRIVACY_LOG_KEYS, downloadCsv, exportedIds, lastPrivacyLogId, leadIdsOf, makeLead, privacyLogAfter } from '../helpers/leadAdmin'
import { type Actor, AS, loadSeed, type Seed, type Session, signInAll } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * Working the leads in the admin: the CSV export, as each role that may or may not take it, on the
 * seeded database — what it holds, what it logs, and how it defuses hostile values.
 */

const COLUMNS = [
  'Lead number', 'Created', 'Clinic', 'Status', 'Name', 'E-mail', 'Phone', 'Preferred contact', 'Preferred time',
  'Treatment of interest', 'Hair loss (stage)', 'Concern', 'Marketing opt-in', 'Landing page', 'Referrer',
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
      hairLossStage: 'norwood-4' as const,
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
        'Hair loss (stage)': 'Norwood 4',
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
})
