import { APIError, type CollectionBeforeDeleteHook, type Where } from 'payload'

import { timeLabel } from './timeLabels'

/** Bookings that still hold someone's time: not cancelled, and not over yet. */
export const bookingsAheadWhere = (field: 'practitioner' | 'consultationType', id: number | string, now: number): Where => ({
  and: [{ [field]: { equals: id } }, { status: { not_equals: 'cancelled' } }, { endsAt: { greater_than: new Date(now).toISOString() } }],
})

type Refusal = { field: 'practitioner' | 'consultationType'; nameOf: (doc: Record<string, unknown>) => string; instead: string }

/**
 * Refuses deleting a practitioner or a consultation type while visitors are booked with it,
 * naming how many and the next one: those people expect to be seen, so the clinic cancels or
 * moves them first. Past and cancelled bookings keep their history without it (the database
 * empties the reference).
 */
export const refuseDeletingWithBookingsAhead =
  ({ field, nameOf, instead }: Refusal): CollectionBeforeDeleteHook =>
  async ({ collection, id, req }) => {
    const now = Date.now()
    const { docs, totalDocs } = await req.payload.find({
      collection: 'bookings',
      where: bookingsAheadWhere(field, id, now),
      sort: 'startsAt',
      limit: 1,
      depth: 1,
      select: { startsAt: true, clinic: true },
      populate: { clinics: { timeZone: true } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return
    const doc = await req.payload.findByID({ collection: collection.slug as 'team-members', id, depth: 0, overrideAccess: true, req })
    const next = docs[0]!
    const zone = typeof next.clinic === 'object' && next.clinic?.timeZone ? next.clinic.timeZone : 'UTC'
    const count = totalDocs === 1 ? 'a booking' : `${totalDocs} bookings`
    throw new APIError(
      `${nameOf(doc as unknown as Record<string, unknown>)} cannot be deleted: ${count} still to come (the next on ${timeLabel(zone, Date.parse(next.startsAt))}). Cancel those in Booking → Bookings first. ${instead}`,
      409,
      null,
      true,
    )
  }
