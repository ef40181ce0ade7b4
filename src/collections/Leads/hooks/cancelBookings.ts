import type { CollectionBeforeDeleteHook } from 'payload'

import { cancelFutureBookings } from '@/lib/booking/cancelFutureBookings'

/** Erasing a lead cancels its consultations still to come; the database then empties the lead of its past ones. */
export const cancelBookingsOfErasedLead: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await cancelFutureBookings(req.payload, Number(id), new Date(), req)
}
