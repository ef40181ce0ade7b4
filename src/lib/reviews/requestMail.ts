import { escapeHtml } from '@/lib/leads/escape'
import { colours, layout, type Mail } from '@/lib/leads/mails'
import { clinicOrigin } from '@/lib/seo/canonical'
import { clinicPathBase, siteRoutes } from '@/lib/sites/routes'
import type { Clinic, Lead } from '@/payload-types'

import { reviewToken } from './reviewLink'
import { REVIEW_LINK_VALID_MS, type ReviewRound } from './rules'
import { clinicPhone } from '@/lib/locale/phone'

/*
 * The review request, in the clinic's name. The same words for every treated client: no incentive,
 * nothing that steers the rating, and an open invitation to say what was not good too.
 */

type MailClinic = Pick<Clinic, 'name' | 'contact' | 'branding' | 'hostnames' | 'slug'>

/** The form on the clinic's own site (its first hostname, or its path on the platform), signed for this lead and round. */
export const reviewUrl = (clinic: Pick<Clinic, 'hostnames' | 'slug'>, lead: number, round: ReviewRound, { serverUrl, secret, now }: { serverUrl: string; secret: string; now: number }): string => {
  const site = clinicOrigin(clinic, serverUrl) ?? `${serverUrl}${clinicPathBase(clinic.slug)}`
  return `${site}${siteRoutes.review}?t=${reviewToken(secret, { lead, round, expiresAt: now + REVIEW_LINK_VALID_MS })}`
}

export const reviewRequestMail = (clinic: MailClinic, lead: Pick<Lead, 'name'>, round: ReviewRound, link: string): Mail => {
  const firstName = lead.name.trim().split(/\s+/)[0] ?? ''
  const lines =
    round === 'first'
      ? [`Hello ${firstName},`, `thank you for your treatment at ${clinic.name}. Would you tell other people considering scalp micro-pigmentation how it went?`]
      : [`Hello ${firstName},`, `it is some weeks since your treatment at ${clinic.name}. Now that you have lived with the result, would you tell others how it looks and how it went?`]
  const after = [
    'Good or bad, your review is published as you write it, with the name you choose; we may reply to it, but we cannot change or remove it. It takes a couple of minutes, and the link works once, for two months.',
    `Questions? Call us on ${clinicPhone(clinic).shown} or reply to this e-mail.`,
    clinic.name,
  ]
  const paragraphs = (texts: string[]) => texts.map((text) => `<p style="margin:0 0 12px">${escapeHtml(text)}</p>`).join('')
  const { primary, onPrimary } = colours(clinic)
  const button = `<p style="margin:16px 0 24px"><a href="${escapeHtml(link)}" style="background:${primary};color:${onPrimary};padding:10px 16px;text-decoration:none;display:inline-block">Write your review</a></p>`
  return {
    subject: round === 'first' ? `How was your treatment? — ${clinic.name}` : `How is your result, some weeks on? — ${clinic.name}`,
    html: layout(clinic, 'How was your treatment?', `${paragraphs(lines)}${button}${paragraphs(after)}`),
    text: [...lines, '', `Write your review: ${link}`, '', ...after].join('\n'),
  }
}
