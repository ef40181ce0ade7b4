import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

/**
 * A cancelled booking's time was offered again at once and may be someone else's now: it is not
 * brought back (the database would refuse an overlap anyway, with a less helpful error).
 */
export const keepCancelledCancelled: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation === 'update' && originalDoc?.status === 'cancelled' && data.status && data.status !== 'cancelled') {
    throw new ValidationError({ errors: [{ path: 'status', message: 'A cancelled booking stays cancelled: its time may have been booked again. Book a new time instead.' }] })
  }
  return data
}
