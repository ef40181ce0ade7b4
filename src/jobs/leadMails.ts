import type { Payload, TaskConfig } from 'payload'

import { appointmentDetails, appointmentInvitation, manageUrl } from '@/lib/booking/appointment'
import { bookedConfirmation } from '@/lib/booking/bookingMails'
import { type BookingRecord, currentBookingOfLead } from '@/lib/booking/bookingRecord'
import { readEnv } from '@/lib/env'
import { clinicNotification, visitorConfirmation } from '@/lib/leads/mails'
import { idOf, populated } from '@/lib/relationships'
import { adminDocumentPath } from '@/lib/sites/routes'
import type { Clinic, Lead } from '@/payload-types'

type LeadMailIO = { input: { lead: number }; output: { sent: boolean } }

const env = readEnv()

/**
 * An SMTP outage must delay mail, never lose it: a failed send is retried with exponential
 * back-off (by default 30 s, 1 min, 2 min … about a day and a half in all) before a job gives up.
 */
export const retries = { attempts: 12, backoff: { type: 'exponential' as const, delay: env.mailRetryDelayMs } }

/**
 * SMTP errors can quote recipients ("550 <someone@…> rejected"); the job log and the worker's
 * output keep only the kind of failure, so a retry is visible without leaking an address.
 */
export const send = async (payload: Payload, message: Parameters<Payload['sendEmail']>[0]) => {
  try {
    await payload.sendEmail(message)
  } catch (error) {
    const { code, responseCode } = error as { code?: string; responseCode?: number }
    throw new Error(`Mail not delivered (${[code, responseCode].filter(Boolean).join(' ') || 'SMTP error'}); it will be retried.`)
  }
}

/** The lead and its clinic as the mails need them, or null when there is nothing to send any more. */
export const loadLead = async (payload: Payload, id: number) => {
  const lead = (await payload.findByID({ collection: 'leads', id, depth: 1, overrideAccess: true, disableErrors: true })) as Lead | null
  // Erased, anonymised or filed as spam since it was queued: no mail about it.
  const clinicId = idOf(lead?.clinic)
  if (!lead || lead.anonymisedAt || lead.status === 'spam' || clinicId === undefined) return null
  // The whole clinic (where its leads go, its contact and branding), not the lean one a populated clinic is.
  const clinic = (await payload.findByID({ collection: 'clinics', id: clinicId, depth: 0, overrideAccess: true, disableErrors: true })) as Clinic | null
  return clinic ? { lead, clinic } : null
}

/** Where a clinic's mail about its leads and bookings goes: its notification addresses, else its contact address. */
export const clinicRecipients = (clinic: Clinic): string | string[] => {
  const to = (clinic.leadRouting?.notificationEmails ?? []).map((entry) => entry.email)
  return to.length > 0 ? to : clinic.contact.email
}

/**
 * The lead's booking, when it booked a time: its mails then say when, and carry the invitation. Its
 * latest, even when moved or cancelled before this mail went out: that change's own mail follows
 * (or came first), and its higher SEQUENCE leaves the visitor's calendar right in either order.
 */
const bookingOf = (payload: Payload, lead: Lead): Promise<BookingRecord | undefined> => currentBookingOfLead(payload, lead.id)

/** A mail about one lead: built from the lead and its clinic when the job runs, skipped when it no longer applies. */
const leadMailTask = (
  slug: string,
  label: string,
  mailFor: (lead: Lead, clinic: Clinic, booking: BookingRecord | undefined) => Parameters<Payload['sendEmail']>[0],
): TaskConfig<LeadMailIO> => ({
  slug,
  label,
  inputSchema: [{ name: 'lead', type: 'number', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries,
  handler: async ({ input, req }) => {
    const found = await loadLead(req.payload, input.lead)
    if (!found) return { output: { sent: false } }
    await send(req.payload, mailFor(found.lead, found.clinic, await bookingOf(req.payload, found.lead)))
    return { output: { sent: true } }
  },
})

export const notifyClinicOfLeadTask = leadMailTask('notifyClinicOfLead', 'E-mail a new lead to its clinic', (lead, clinic, booking) => {
  const treatment = populated(lead.treatmentOfInterest)
  const booked = booking && { details: appointmentDetails(booking, clinic), adminUrl: `${env.serverUrl}${adminDocumentPath('bookings', booking.id)}` }
  const mail = clinicNotification(clinic, { ...lead, treatmentTitle: treatment?.title ?? null }, `${env.serverUrl}${adminDocumentPath('leads', lead.id)}`, booked)
  return { to: clinicRecipients(clinic), replyTo: lead.email, ...mail }
})

/** "We will call you", or, when a time was booked, the booked time with its calendar invitation and the link to change it. */
export const confirmLeadToVisitorTask = leadMailTask('confirmLeadToVisitor', 'Confirm a consultation request to the visitor', (lead, clinic, booking) => {
  if (!booking) return { to: lead.email, replyTo: clinic.contact.email, ...visitorConfirmation(clinic, lead) }
  const link = manageUrl(clinic, booking, { serverUrl: env.serverUrl, secret: env.payloadSecret })
  return {
    to: lead.email,
    replyTo: clinic.contact.email,
    ...bookedConfirmation(clinic, lead, booking, link),
    icalEvent: appointmentInvitation(booking, clinic, lead, { method: 'REQUEST', serverUrl: env.serverUrl, link, now: Date.now() }),
  }
})
