import type { Clinic, Lead } from '@/payload-types'

import { stageLabel } from '@/lib/prices/stages'

import { labelOf } from './options'
import { photoViewLabel } from './photoViews'
import { CONTACT_METHODS, CONTACT_TIMES } from './schema'
import { escapeHtml } from './escape'
import { clinicPhone } from '@/lib/locale/phone'

export type Mail = { subject: string; html: string; text: string }


export const colours = (clinic: Pick<Clinic, 'branding'>) => ({
  primary: clinic.branding?.primaryColour ?? '#1f3a5f',
  onPrimary: clinic.branding?.onPrimaryColour ?? '#ffffff',
})

/** A plain, table-based layout: what mail clients render reliably, in the clinic's colours. */
export const layout = (clinic: Pick<Clinic, 'name' | 'branding'>, heading: string, body: string) => {
  const { primary, onPrimary } = colours(clinic)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1d232b">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff">
<tr><td style="background:${primary};color:${onPrimary};padding:20px 24px;font-size:20px;font-weight:bold">${escapeHtml(clinic.name)}</td></tr>
<tr><td style="padding:24px"><h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>${body}</td></tr>
</table></td></tr></table></body></html>`
}

const row = (label: string, value: string) =>
  `<tr><th align="left" valign="top" style="padding:4px 12px 4px 0;width:170px">${escapeHtml(label)}</th><td style="padding:4px 0;white-space:pre-wrap">${escapeHtml(value)}</td></tr>`

type LeadDetails = Pick<
  Lead,
  'id' | 'name' | 'email' | 'phone' | 'preferredContact' | 'preferredTime' | 'hairLossStage' | 'concern' | 'marketingOptIn' | 'source' | 'photos'
> & { treatmentTitle: string | null }

/** How many photos, and which guided views among them, so the clinic knows what to expect before opening the lead. */
const photosLine = (photos: LeadDetails['photos']): string => {
  if (!photos?.length) return 'None'
  const views = photos.map((photo) => (typeof photo === 'object' ? photoViewLabel(photo.view) : '')).filter(Boolean)
  return `${photos.length} attached${views.length ? ` (${views.join(', ').toLowerCase()})` : ''} — open the lead to see them`
}

/**
 * To the clinic's notification addresses. The subject names no one: subjects show up in lock
 * screens and mail server logs.
 */
export const clinicNotification = (clinic: Clinic, lead: LeadDetails, adminUrl: string, booked?: { details: [string, string][]; adminUrl: string }): Mail => {
  const details: [string, string][] = [
    ['Name', lead.name],
    ['E-mail', lead.email],
    ['Phone', lead.phone],
    ['Contact by', labelOf(CONTACT_METHODS, lead.preferredContact) || '—'],
    ['Best time', labelOf(CONTACT_TIMES, lead.preferredTime) || '—'],
    ['Treatment', lead.treatmentTitle ?? 'Not sure yet'],
    ['Hair loss (stage)', lead.hairLossStage ? stageLabel(lead.hairLossStage) : 'Not given'],
    ['Hair loss, in their words', lead.concern || '—'],
    ['Photos', photosLine(lead.photos)],
    ['Marketing e-mails', lead.marketingOptIn ? 'Yes, opted in' : 'No'],
    ['Came from', [lead.source?.utmSource, lead.source?.landingPage].filter(Boolean).join(' · ') || '—'],
  ]
  // A booked time comes first: it is what the clinic must act on.
  const rows: [string, string][] = [...(booked ? booked.details.map(([label, value]): [string, string] => [`Booked: ${label.toLowerCase()}`, value]) : []), ...details]
  const subject = booked ? `New consultation booked at ${clinic.name} (#${lead.id})` : `New consultation request at ${clinic.name} (#${lead.id})`
  const link = (href: string, label: string) =>
    `<p style="margin:24px 0 0"><a href="${escapeHtml(href)}" style="background:${colours(clinic).primary};color:${colours(clinic).onPrimary};padding:10px 16px;text-decoration:none;display:inline-block">${escapeHtml(label)}</a></p>`
  const html = layout(
    clinic,
    booked ? 'New consultation booked' : 'New consultation request',
    `<table role="presentation" cellpadding="0" cellspacing="0">${rows.map(([label, value]) => row(label, value)).join('')}</table>
${link(adminUrl, `Open lead #${lead.id}`)}${booked ? link(booked.adminUrl, 'Open the booking') : ''}`,
  )
  const text = [subject, '', ...rows.map(([label, value]) => `${label}: ${value}`), '', `Open it: ${adminUrl}`, ...(booked ? [`The booking: ${booked.adminUrl}`] : [])].join('\n')
  return { subject, html, text }
}

/** To the visitor: we have it, what happens next, and how to reach the clinic meanwhile. */
export const visitorConfirmation = (clinic: Clinic, lead: Pick<Lead, 'id' | 'name' | 'preferredContact'>): Mail => {
  const how = labelOf(CONTACT_METHODS, lead.preferredContact).toLowerCase()
  const lines = [
    `Hello ${lead.name},`,
    `thank you for asking for a free consultation at ${clinic.name}. We have your request (reference #${lead.id}) and will contact you by ${how}, usually within one working day.`,
    `If you would rather talk now, call us on ${clinicPhone(clinic).shown} or reply to this e-mail.`,
    `${clinic.name}`,
  ]
  return {
    subject: `We have your consultation request — ${clinic.name}`,
    html: layout(clinic, 'Thank you — we have your request', lines.map((line) => `<p style="margin:0 0 12px">${escapeHtml(line)}</p>`).join('')),
    text: lines.join('\n\n'),
  }
}
