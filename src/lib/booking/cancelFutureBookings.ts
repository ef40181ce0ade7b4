import type { Payload, PayloadRequest } from 'payload'

/**
 * A lead whose person the clinic no longer knows (erased, or anonymised after its retention) has
 * no consultation still to come: nobody can be expected then, and the time is offered again at
 * once. Past bookings stay as the clinic's history.
 */
export const cancelFutureBookings = async (payload: Payload, lead: number, now: Date, req?: Partial<PayloadRequest>) => {
  await payload.update({
    collection: 'bookings',
    where: { and: [{ lead: { equals: lead } }, { status: { not_equals: 'cancelled' } }, { startsAt: { greater_than: now.toISOString() } }] },
    data: { status: 'cancelled' },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
