import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Erasing a lead cancels its consultations still to come: nobody can be expected at a time whose
 * person the clinic no longer knows, and the time is offered again at once. Its past bookings
 * stay as the clinic's history, without anyone's name (the database empties their lead).
 */
export const cancelBookingsOfErasedLead: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.update({
    collection: 'bookings',
    where: { and: [{ lead: { equals: id } }, { status: { not_equals: 'cancelled' } }, { startsAt: { greater_than: new Date().toISOString() } }] },
    data: { status: 'cancelled' },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
