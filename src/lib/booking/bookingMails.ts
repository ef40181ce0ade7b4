import { escapeHtml } from '@/lib/leads/escape'
import { colours, layout, type Mail } from '@/lib/leads/mails'
import type { Clinic, Lead } from '@/payload-types'

import { appointmentDetails, appointmentTime } from './appointment'
import type { BookingChange } from './bookingJobs'
import type { BookingRecord } from './bookingRecord'
import { clinicPhone } from '@/lib/locale/phone'

/*
 * The booking's mails: to the visitor (booked, moved, cancelled, tomorrow) and to the clinic (a
 * booking moved or cancelled by the visitor). Subjects name no one: they show on lock screens and
 * in mail servers' logs.
 */

type MailClinic = Pick<Clinic, 'name' | 'contact' | 'timeZone' | 'branding' | 'country'>

const table = (rows: [string, string][]) =>
  `<table role="presentation" cellpadding="0" cellspacing="0">${rows
    .map(([label, value]) => `<tr><th align="left" valign="top" style="padding:4px 12px 4px 0;width:120px">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`)
    .join('')}</table>`

const button = (clinic: MailClinic, href: string, label: string) =>
  `<p style="margin:24px 0 0"><a href="${escapeHtml(href)}" style="background:${colours(clinic).primary};color:${colours(clinic).onPrimary};padding:10px 16px;text-decoration:none;display:inline-block">${escapeHtml(label)}</a></p>`

/** A visitor's mail: a few sentences, the booking's facts, and the link to change it when it can still be changed. */
const toVisitor = (clinic: MailClinic, { subject, heading, before, after, details, link }: { subject: string; heading: string; before: string[]; after: string[]; details: [string, string][]; link: string | null }): Mail => {
  const paragraphs = (lines: string[]) => lines.map((line) => `<p style="margin:0 0 12px">${escapeHtml(line)}</p>`).join('')
  const html = layout(clinic, heading, `${paragraphs(before)}${table(details)}${link ? button(clinic, link, 'Reschedule or cancel') : ''}<div style="margin-top:24px">${paragraphs(after)}</div>`)
  const text = [...before, '', ...details.map(([label, value]) => `${label}: ${value}`), '', ...(link ? [`Reschedule or cancel: ${link}`, ''] : []), ...after].join('\n')
  return { subject, html, text }
}

const signOff = (clinic: MailClinic) => [`Questions? Call us on ${clinicPhone(clinic).shown} or reply to this e-mail.`, clinic.name]

/** The visitor's confirmation of a request that booked a time (instead of "we will call you"). */
export const bookedConfirmation = (clinic: MailClinic, lead: Pick<Lead, 'id' | 'name'>, booking: BookingRecord, link: string): Mail =>
  toVisitor(clinic, {
    subject: `Your consultation is booked — ${clinic.name}`,
    heading: 'Your consultation is booked',
    before: [`Hello ${lead.name},`, `thank you for booking a free consultation at ${clinic.name}. We look forward to seeing you:`],
    details: appointmentDetails(booking, clinic),
    link,
    after: ['The attached invitation adds it to your calendar. We will remind you the day before.', ...signOff(clinic)],
  })

export const rescheduledConfirmation = (clinic: MailClinic, lead: Pick<Lead, 'name'>, booking: BookingRecord, link: string): Mail =>
  toVisitor(clinic, {
    subject: `Your consultation has a new time — ${clinic.name}`,
    heading: 'Your consultation has a new time',
    before: [`Hello ${lead.name},`, 'your consultation is now booked for this time; the earlier time is cancelled:'],
    details: appointmentDetails(booking, clinic),
    link,
    after: ['The attached invitation moves it in your calendar.', ...signOff(clinic)],
  })

export const cancellationConfirmation = (clinic: MailClinic, lead: Pick<Lead, 'name'>, booking: BookingRecord): Mail =>
  toVisitor(clinic, {
    subject: `Your consultation is cancelled — ${clinic.name}`,
    heading: 'Your consultation is cancelled',
    before: [`Hello ${lead.name},`, 'as you asked, this consultation is cancelled:'],
    details: appointmentDetails(booking, clinic),
    link: null,
    after: ['The attached cancellation takes it out of your calendar. You are welcome to book another time on our site whenever you like.', ...signOff(clinic)],
  })

export const reminder = (clinic: MailClinic, lead: Pick<Lead, 'name'>, booking: BookingRecord, link: string): Mail =>
  toVisitor(clinic, {
    subject: `Your consultation tomorrow — ${clinic.name}`,
    heading: 'See you tomorrow',
    before: [`Hello ${lead.name},`, 'a reminder of your free consultation:'],
    details: appointmentDetails(booking, clinic),
    link,
    after: ['If the time no longer suits you, you can move or cancel it with the button above.', ...signOff(clinic)],
  })

/** To the clinic: the visitor moved or cancelled their booking through the link in their mail. */
export const clinicBookingChange = (clinic: MailClinic, booking: BookingRecord, change: BookingChange, previous: BookingRecord | undefined, adminUrl: string): Mail => {
  const subject = change === 'cancelled' ? `Consultation #${booking.id} cancelled at ${clinic.name}` : `Consultation moved to a new time at ${clinic.name} (#${booking.id})`
  const heading = change === 'cancelled' ? 'A consultation was cancelled' : 'A consultation was moved'
  const rows: [string, string][] = [
    ...appointmentDetails(booking, clinic),
    ...(previous ? [['Was', appointmentTime(clinic.timeZone, previous.startsAt)] as [string, string]] : []),
    ['Lead', booking.leadId ? `#${booking.leadId}` : '—'],
  ]
  const said = change === 'cancelled' ? 'The visitor cancelled this consultation with the link in their mail; the time is free again.' : 'The visitor moved their consultation with the link in their mail; the earlier time is free again.'
  const html = layout(clinic, heading, `<p style="margin:0 0 12px">${escapeHtml(said)}</p>${table(rows)}${button(clinic, adminUrl, `Open booking #${booking.id}`)}`)
  const text = [said, '', ...rows.map(([label, value]) => `${label}: ${value}`), '', `Open it: ${adminUrl}`].join('\n')
  return { subject, html, text }
}
