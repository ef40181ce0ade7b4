import 'server-only'

import type { Payload, PayloadRequest, Where } from 'payload'

import { idOf } from '@/lib/relationships'
import { roleOf } from '@/access/roles'
import type { Lead } from '@/payload-types'

import { CONVERTED_STATUSES } from './options'
import { readLeadsInPages } from './readLeads'

const DAY = 24 * 60 * 60 * 1000
export const WEEK_DAYS = 7
/** Leads need weeks to book and be treated; a week's conversion rate would read as 0 % everywhere. */
export const CONVERSION_WINDOW_DAYS = 90

export type ClinicWeek = { clinic: number; name: string; newLeads: number }
export type SourceConversion = { source: string; leads: number; converted: number; rate: number }

export type LeadStats = {
  weekSince: string
  perClinic: ClinicWeek[]
  newThisWeek: number
  conversionSince: string
  bySource: SourceConversion[]
}

type StatsLead = Pick<Lead, 'clinic' | 'status' | 'source' | 'createdAt'>

/** Where a lead came from, in one word: its campaign's source, else the referring site, else "Direct". */
export const sourceOf = (lead: Pick<Lead, 'source'>): string => {
  const utm = lead.source?.utmSource?.trim().toLowerCase()
  if (utm) return utm
  const referrer = lead.source?.referrer?.trim()
  if (referrer) {
    try {
      const host = new URL(referrer).hostname.replace(/^www\./, '')
      if (host) return host
    } catch {
      // not an address: counted as direct
    }
  }
  return 'Direct'
}

/** The numbers of the dashboard from leads already read; spam is left out here as well. */
export const summariseLeads = (leads: StatsLead[], clinics: { id: number; name: string }[], now: Date): LeadStats => {
  const weekSince = new Date(now.getTime() - WEEK_DAYS * DAY)
  const conversionSince = new Date(now.getTime() - CONVERSION_WINDOW_DAYS * DAY)
  const counted = leads.filter((lead) => lead.status !== 'spam')

  const perClinic = new Map(clinics.map((clinic) => [clinic.id, { clinic: clinic.id, name: clinic.name, newLeads: 0 }]))
  const sources = new Map<string, { leads: number; converted: number }>()
  for (const lead of counted) {
    const created = new Date(lead.createdAt)
    const clinic = idOf(lead.clinic)
    if (created >= weekSince && clinic !== undefined) {
      const row = perClinic.get(clinic) ?? { clinic, name: `Clinic ${clinic}`, newLeads: 0 }
      row.newLeads += 1
      perClinic.set(clinic, row)
    }
    if (created >= conversionSince) {
      const source = sources.get(sourceOf(lead)) ?? { leads: 0, converted: 0 }
      source.leads += 1
      if ((CONVERTED_STATUSES as readonly string[]).includes(lead.status)) source.converted += 1
      sources.set(sourceOf(lead), source)
    }
  }
  const weekRows = [...perClinic.values()].sort((a, b) => b.newLeads - a.newLeads || a.name.localeCompare(b.name))
  return {
    weekSince: weekSince.toISOString(),
    perClinic: weekRows,
    newThisWeek: weekRows.reduce((sum, row) => sum + row.newLeads, 0),
    conversionSince: conversionSince.toISOString(),
    bySource: [...sources]
      .map(([source, { leads: count, converted }]) => ({ source, leads: count, converted, rate: count > 0 ? converted / count : 0 }))
      .sort((a, b) => b.leads - a.leads || a.source.localeCompare(b.source)),
  }
}

/**
 * "Leads this week" for the signed-in person: new leads per clinic in the last 7 days and, over the
 * last 90 days, how many leads of each source reached a consultation or treatment. Everything is read
 * with the person's own access (an owner sees their clinic only) and uses no personal field, so brand
 * marketing gets the same counts. `null` for someone who may not read leads at all.
 */
export const leadStats = async (payload: Payload, user: PayloadRequest['user'] | null | undefined, now = new Date()): Promise<LeadStats | null> => {
  if (!user || !roleOf(user)) return null
  const since = new Date(now.getTime() - Math.max(WEEK_DAYS, CONVERSION_WINDOW_DAYS) * DAY).toISOString()
  const where: Where = {
    and: [{ createdAt: { greater_than_equal: since } }, { createdAt: { less_than_equal: now.toISOString() } }, { status: { not_equals: 'spam' } }],
  }
  const leads: StatsLead[] = []
  for await (const page of readLeadsInPages(payload, {
    user,
    where,
    select: { clinic: true, status: true, source: true, createdAt: true },
    pageSize: 2000,
  })) {
    leads.push(...page)
  }
  const { docs: clinics } = await payload.find({
    collection: 'clinics',
    select: { name: true },
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return summariseLeads(leads, clinics, now)
}
