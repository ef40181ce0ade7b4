import { clinicOrigin } from '@/lib/seo/canonical'
import { clinicPathBase, siteRoutes } from '@/lib/sites/routes'
import type { Clinic, Lead } from '@/payload-types'

import type { BookingRecord } from './bookingRecord'
import { type Invitation, type InvitationMethod, invitationText } from './invitation'
import { manageToken } from './manageLink'
import { clinicPhone } from '@/lib/locale/phone'

/*
 * A booking as the visitor and the clinic read it in mail: when on the clinic's clock (with the
 * zone's name, so a visitor abroad is not misled), where, what and with whom; its invitation; and
 * the link that manages it.
 */

const formats = new Map<string, Intl.DateTimeFormat>()

/** "Friday 29 October 2027, 10:00 BST": the clinic's clock, and which clock it is. */
export const appointmentTime = (timeZone: string, instant: number): string => {
  let format = formats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' })
    formats.set(timeZone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]))
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`
}

export const clinicAddress = (clinic: Pick<Clinic, 'name' | 'contact'>): string =>
  [clinic.name, clinic.contact.addressLine1, clinic.contact.addressLine2, clinic.contact.city, clinic.contact.postcode].filter(Boolean).join(', ')

/** The booking's facts as label and value, the same in the visitor's and the clinic's mails. */
export const appointmentDetails = (booking: BookingRecord, clinic: Pick<Clinic, 'name' | 'contact' | 'timeZone'>): [string, string][] => [
  ['When', appointmentTime(clinic.timeZone, booking.startsAt)],
  ['Where', clinicAddress(clinic)],
  ['Consultation', booking.consultationType],
  ['With', booking.practitioner],
  ['Reference', `#${booking.id}`],
]

/** Where the visitor manages this booking: on the clinic's own site, its first hostname, or its path on the platform. */
export const manageUrl = (clinic: Pick<Clinic, 'hostnames' | 'slug'>, booking: Pick<BookingRecord, 'id' | 'startsAt'>, { serverUrl, secret }: { serverUrl: string; secret: string }): string => {
  const site = clinicOrigin(clinic, serverUrl) ?? `${serverUrl}${clinicPathBase(clinic.slug)}`
  return `${site}${siteRoutes.bookManage}?booking=${manageToken(secret, { booking: booking.id, startsAt: booking.startsAt })}`
}

/**
 * The booking as a calendar entry. A new or moved time is a REQUEST with the booking's place in its
 * chain as SEQUENCE; a cancellation is a CANCEL one higher, so it outranks the last time sent.
 */
export const appointmentInvitation = (
  booking: BookingRecord,
  clinic: Pick<Clinic, 'name' | 'contact' | 'timeZone'>,
  lead: Pick<Lead, 'name' | 'email'>,
  { method, serverUrl, link, now }: { method: InvitationMethod; serverUrl: string; link: string | null; now: number },
): { method: InvitationMethod; filename: string; content: string } => {
  const invitation: Invitation = {
    method,
    uid: `booking-${booking.firstBookingId}@${new URL(serverUrl).hostname}`,
    sequence: method === 'CANCEL' ? booking.sequence + 1 : booking.sequence,
    stamp: now,
    start: booking.startsAt,
    end: booking.endsAt,
    summary: `${booking.consultationType} at ${clinic.name}`,
    location: clinicAddress(clinic),
    description: [`With ${booking.practitioner}.`, `Questions: ${clinicPhone(clinic).shown}.`, link ? `To change or cancel: ${link}` : 'This consultation was cancelled.'].join('\n'),
    organizer: { name: clinic.name, email: clinic.contact.email },
    attendee: { name: lead.name, email: lead.email },
  }
  return { method, filename: method === 'CANCEL' ? 'cancelled-consultation.ics' : 'consultation.ics', content: invitationText(invitation) }
}
