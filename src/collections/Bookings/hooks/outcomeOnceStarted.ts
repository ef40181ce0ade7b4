import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { isOutcome } from '@/lib/booking/leadStatusOfBooking'
import { timeLabel } from '@/lib/booking/timeLabels'
import { idOf } from '@/lib/relationships'

/**
 * Attended and no-show say what happened: a consultation still to come has neither yet (a click
 * on the wrong day would move the lead's status too).
 */
export const outcomeOnceStarted: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !isOutcome(data.status) || data.status === originalDoc?.status) return data
  const startsAt = Date.parse(originalDoc?.startsAt)
  if (startsAt <= Date.now()) return data
  const clinicId = idOf(originalDoc?.clinic)
  const clinic = clinicId === undefined ? null : await req.payload.findByID({ collection: 'clinics', id: clinicId, depth: 0, select: { timeZone: true }, overrideAccess: true, disableErrors: true, req })
  const when = timeLabel(clinic?.timeZone ?? 'UTC', startsAt)
  throw new ValidationError({ errors: [{ path: 'status', message: `This consultation has not started yet (${when}): mark it attended or no-show once its time has come.` }] })
}
