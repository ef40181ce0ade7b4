import type { LeadStatus } from '@/lib/leads/options'

import type { BookingStatus } from './statuses'

/**
 * Where a booking's outcome moves its lead in the clinic's pipeline: met in clinic, or did not
 * come (the clinic rings to book again). Booked and cancelled leave the lead as the clinic set it.
 */
const LEAD_STATUS_OF: Partial<Record<BookingStatus, LeadStatus>> = { attended: 'consultationHeld', noShow: 'consultationMissed' }

/** A lead already treated is further along than any consultation: its status stays. */
const FURTHER_ALONG: readonly LeadStatus[] = ['treated']

/** The lead's new status after its booking got `bookingStatus`, or `undefined` to leave it. */
export const leadStatusAfter = (bookingStatus: BookingStatus, leadStatus: LeadStatus): LeadStatus | undefined => {
  const next = LEAD_STATUS_OF[bookingStatus]
  return next && next !== leadStatus && !FURTHER_ALONG.includes(leadStatus) ? next : undefined
}

/** The outcomes that can only be told once the consultation's time has come. */
export const isOutcome = (status: string | null | undefined): boolean => status === 'attended' || status === 'noShow'
