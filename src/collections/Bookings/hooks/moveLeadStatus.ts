import type { CollectionAfterChangeHook } from 'payload'

import { leadStatusAfter } from '@/lib/booking/leadStatusOfBooking'
import type { BookingStatus } from '@/lib/booking/statuses'
import type { LeadStatus } from '@/lib/leads/options'
import { idOf } from '@/lib/relationships'
import type { Booking } from '@/payload-types'

/**
 * A booking marked attended or no-show moves its lead along the pipeline, in the same transaction,
 * so the leads list says who came without anyone updating two documents. Whoever may set a
 * booking's status works its clinic's leads too, so the lead is written without asking again.
 */
export const moveLeadStatus: CollectionAfterChangeHook<Booking> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  const leadId = idOf(doc.lead)
  if (leadId === undefined) return doc
  const lead = await req.payload.findByID({ collection: 'leads', id: leadId, depth: 0, select: { status: true }, overrideAccess: true, disableErrors: true, req })
  const next = lead && leadStatusAfter(doc.status as BookingStatus, lead.status as LeadStatus)
  if (next) await req.payload.update({ collection: 'leads', id: leadId, data: { status: next }, depth: 0, overrideAccess: true, req })
  return doc
}
