import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type LeadStats, leadStats } from '@/lib/leads/stats'
import type { Lead } from '@/payload-types'

import { daysAgo, makeLead, uniqueTag } from '../helpers/leadAdmin'
import { type Actor, loadSeed, type Seed, type Session, signInAll } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * Working the leads in the admin: the dashboard's numbers, as each role sees them, on the seeded
 * database with a few leads of known age, status and source added.
 */

describe('working the leads', () => {
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
})
