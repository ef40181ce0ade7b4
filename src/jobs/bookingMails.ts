import type { Payload, TaskConfig } from 'payload'

import { appointmentInvitation, manageUrl } from '@/lib/booking/appointment'
import { BOOKING_TASKS, type BookingChange } from '@/lib/booking/bookingJobs'
import { cancellationConfirmation, clinicBookingChange, reminder, rescheduledConfirmation } from '@/lib/booking/bookingMails'
import { type BookingRecord, readBooking } from '@/lib/booking/bookingRecord'
import { readEnv } from '@/lib/env'
import { adminDocumentPath } from '@/lib/sites/routes'
import type { Clinic, Lead } from '@/payload-types'

import { clinicRecipients, loadLead, retries, send } from './leadMails'

/*
 * The mails a booking sends after the first confirmation: the reminder a day before, and the
 * visitor's and the clinic's mails when the visitor moves or cancels it. Each reads the booking when
 * it runs and sends nothing when that mail no longer applies.
 */

type BookingMailIO = { input: { booking: number; change?: BookingChange; previous?: number }; output: { sent: boolean } }

const env = readEnv()

/** The booking, its lead and its clinic, or null when the lead is gone (erased, anonymised, spam). */
const loadBooking = async (payload: Payload, id: number) => {
  const booking = await readBooking(payload, id)
  if (!booking?.leadId) return null
  const found = await loadLead(payload, booking.leadId)
  return found ? { booking, ...found } : null
}

const stillBooked = (booking: BookingRecord) => booking.status === 'booked' && !booking.movedTo && booking.startsAt > Date.now()

const linkOf = (clinic: Clinic, booking: BookingRecord) => manageUrl(clinic, booking, { serverUrl: env.serverUrl, secret: env.payloadSecret })

/** The visitor's mail about their booking, with its calendar entry attached. */
const toVisitor = (lead: Lead, clinic: Clinic, booking: BookingRecord, method: 'REQUEST' | 'CANCEL', mail: { subject: string; html: string; text: string }) => ({
  to: lead.email,
  replyTo: clinic.contact.email,
  ...mail,
  icalEvent: appointmentInvitation(booking, clinic, lead, { method, serverUrl: env.serverUrl, link: method === 'CANCEL' ? null : linkOf(clinic, booking), now: Date.now() }),
})

const bookingMailTask = (slug: string, label: string, handle: (payload: Payload, input: BookingMailIO['input']) => Promise<boolean>): TaskConfig<BookingMailIO> => ({
  slug,
  label,
  inputSchema: [
    { name: 'booking', type: 'number', required: true },
    { name: 'change', type: 'select', options: ['rescheduled', 'cancelled'] },
    { name: 'previous', type: 'number' },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries,
  handler: async ({ input, req }) => ({ output: { sent: await handle(req.payload, input) } }),
})

/** A day before: only when the booking still stands at that time (a moved booking reminds of its new time through its own job). */
export const remindVisitorOfBookingTask = bookingMailTask(BOOKING_TASKS.reminder, 'Remind the visitor of their consultation the day before', async (payload, input) => {
  const found = await loadBooking(payload, input.booking)
  if (!found || !stillBooked(found.booking)) return false
  const { booking, lead, clinic } = found
  await send(payload, toVisitor(lead, clinic, booking, 'REQUEST', reminder(clinic, lead, booking, linkOf(clinic, booking))))
  return true
})

/** The visitor's new time (skipped when it was changed again since: that change sends its own) or their cancellation. */
export const mailBookingChangeToVisitorTask = bookingMailTask(BOOKING_TASKS.visitorChange, 'Confirm a moved or cancelled consultation to the visitor', async (payload, input) => {
  const found = await loadBooking(payload, input.booking)
  if (!found) return false
  const { booking, lead, clinic } = found
  if (input.change === 'cancelled') {
    await send(payload, toVisitor(lead, clinic, booking, 'CANCEL', cancellationConfirmation(clinic, lead, booking)))
    return true
  }
  if (!stillBooked(booking)) return false
  await send(payload, toVisitor(lead, clinic, booking, 'REQUEST', rescheduledConfirmation(clinic, lead, booking, linkOf(clinic, booking))))
  return true
})

export const notifyClinicOfBookingChangeTask = bookingMailTask(BOOKING_TASKS.clinicChange, 'Tell the clinic a consultation was moved or cancelled', async (payload, input) => {
  const found = await loadBooking(payload, input.booking)
  if (!found || !input.change) return false
  const { booking, clinic } = found
  const previous = input.previous ? await readBooking(payload, input.previous) : undefined
  const mail = clinicBookingChange(clinic, booking, input.change, previous, `${env.serverUrl}${adminDocumentPath('bookings', booking.id)}`)
  await send(payload, { to: clinicRecipients(clinic), ...mail })
  return true
})
