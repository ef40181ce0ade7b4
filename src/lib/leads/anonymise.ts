import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/lib/relationships'
import type { Lead } from '@/payload-types'
import { cancelFutureBookings } from '@/lib/booking/cancelFutureBookings'

const DAY = 24 * 60 * 60 * 1000

/** What is left of a lead after anonymisation: enough to count and to learn which sources convert. */
export const ANONYMISED = {
  name: 'Anonymised',
  email: 'anonymised@example.invalid',
  phone: 'anonymised',
} as const

const photoIds = (lead: Pick<Lead, 'photos'>) =>
  (lead.photos ?? []).map(idOf).filter((id): id is number => id !== undefined)

/** Deletes a lead's photos, files included. */
export const deleteLeadPhotos = async (payload: Payload, lead: Pick<Lead, 'photos'>, req?: Partial<PayloadRequest>) => {
  const ids = photoIds(lead)
  if (ids.length === 0) return
  await payload.delete({ collection: 'lead-photos', where: { id: { in: ids } }, overrideAccess: true, req })
}

/**
 * Anonymises every lead older than its clinic's retention period: the person's details, words,
 * photos, notes and the pages they came from go; status, treatment, dates and campaign stay; a
 * consultation still to come is cancelled.
 * Returns how many leads each clinic had anonymised; each clinic gets one privacy-log entry.
 */
export const anonymiseExpiredLeads = async (payload: Payload, now = new Date()): Promise<Record<number, number>> => {
  const { docs: clinics } = await payload.find({
    collection: 'clinics',
    select: { retentionDays: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const done: Record<number, number> = {}
  for (const clinic of clinics) {
    const cutoff = new Date(now.getTime() - (clinic.retentionDays ?? 730) * DAY).toISOString()
    const { docs: expired } = await payload.find({
      collection: 'leads',
      where: { and: [{ clinic: { equals: clinic.id } }, { createdAt: { less_than: cutoff } }, { anonymisedAt: { exists: false } }] },
      select: { photos: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const lead of expired) {
      await cancelFutureBookings(payload, lead.id, now)
      await deleteLeadPhotos(payload, lead)
      await payload.update({
        collection: 'leads',
        id: lead.id,
        data: {
          ...ANONYMISED,
          concern: null,
          photos: [],
          notes: [],
          marketingOptIn: false,
          source: { landingPage: null, referrer: null },
          anonymisedAt: now.toISOString(),
        },
        overrideAccess: true,
        depth: 0,
      })
    }
    if (expired.length > 0) {
      done[clinic.id] = expired.length
      await payload.create({
        collection: 'privacy-log',
        data: { action: 'leadAnonymised', clinic: clinic.id, count: expired.length },
        overrideAccess: true,
      })
    }
  }
  return done
}
