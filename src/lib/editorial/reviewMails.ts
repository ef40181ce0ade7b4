import { escapeHtml } from '@/lib/leads/escape'
import { colours, layout, type Mail } from '@/lib/leads/mails'
import { canonicalUrl, clinicOrigin } from '@/lib/seo/canonical'
import type { CaseStudy, Clinic } from '@/payload-types'
import { adminDocumentPath, clinicPathBase, siteRoutes } from '@/lib/sites/routes'

/*
 * The mails of the case-study review loop, in the clinic's colours like its lead mails. Every
 * word someone typed (clinic name, title, marketing's comment) is escaped in the HTML part.
 */

type Study = Pick<CaseStudy, 'id' | 'title' | 'slug'> & { review?: { comment?: string | null } | null }

const paragraph = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text)}</p>`

const button = (clinic: Clinic, href: string, label: string) => {
  const { primary, onPrimary } = colours(clinic)
  return `<p style="margin:24px 0 0"><a href="${escapeHtml(href)}" style="background:${primary};color:${onPrimary};padding:10px 16px;text-decoration:none;display:inline-block">${escapeHtml(label)}</a></p>`
}

/** Marketing's comment as written: line breaks kept, set apart from the mail's own words. */
const quote = (text: string) =>
  `<blockquote style="margin:0 0 16px;padding:12px 16px;border-left:4px solid #c9ced6;background:#f4f5f7;white-space:pre-wrap">${escapeHtml(text)}</blockquote>`

/** Where a case study is open in the admin. */
export const caseStudyAdminUrl = (serverUrl: string, id: number) => `${serverUrl}${adminDocumentPath('case-studies', id)}`

/** The public page of a result: on the clinic's own host, or under /clinics/<slug> when it has none. */
export const resultPageUrl = (serverUrl: string, clinic: Pick<Clinic, 'hostnames' | 'slug'>, slug: string) =>
  canonicalUrl(clinicOrigin(clinic, serverUrl) ?? `${serverUrl}${clinicPathBase(clinic.slug)}`, siteRoutes.result(slug))

/** To brand marketing: a clinic submitted a case study and it waits for their review. */
export const submittedForReviewMail = (clinic: Clinic, study: Study, adminUrl: string): Mail => {
  const lines = [
    `${clinic.name} has submitted the case study “${study.title}” for review.`,
    'Open it to check the photos, the story and the client’s consent, then publish it or send it back with a comment saying what to change.',
  ]
  return {
    subject: `A case study from ${clinic.name} is waiting for review`,
    html: layout(clinic, 'A case study is waiting for review', lines.map(paragraph).join('') + button(clinic, adminUrl, 'Review the case study')),
    text: [...lines, `Review it: ${adminUrl}`].join('\n\n'),
  }
}

/** To the clinic's franchise owners: marketing sent it back, with their comment. */
export const changesRequestedMail = (clinic: Clinic, study: Study, adminUrl: string): Mail => {
  const comment = study.review?.comment?.trim() || '—'
  const intro = `Brand marketing has looked at “${study.title}” and asks for changes before it can be published:`
  const after = 'Make the changes and submit it for review again.'
  return {
    subject: `Changes requested: “${study.title}”`,
    html: layout(clinic, 'Changes requested for a case study', paragraph(intro) + quote(comment) + paragraph(after) + button(clinic, adminUrl, 'Open the case study')),
    text: [intro, comment, after, `Open it: ${adminUrl}`].join('\n\n'),
  }
}

/** To the clinic's franchise owners: brand marketing published it, and where to see it. */
export const publishedMail = (clinic: Clinic, study: Study, pageUrl: string): Mail => {
  const lines = [
    `Brand marketing has approved and published “${study.title}”. It is live on the ${clinic.name} site now.`,
  ]
  return {
    subject: `Your case study is live: “${study.title}”`,
    html: layout(clinic, 'Your case study is live', lines.map(paragraph).join('') + button(clinic, pageUrl, 'See the live page')),
    text: [...lines, `See it: ${pageUrl}`].join('\n\n'),
  }
}

/** To brand marketing: the clinic changed a case study after it was scheduled, so it will not go live unreviewed. */
export const scheduleCancelledMail = (clinic: Clinic, study: Study, adminUrl: string): Mail => {
  const lines = [
    `${clinic.name} changed “${study.title}” after it was scheduled for publication, so it will not be published at the scheduled time.`,
    'It is back in review: check the changes, then publish it or schedule it again.',
  ]
  return {
    subject: `Scheduled publication cancelled: “${study.title}” was changed`,
    html: layout(clinic, 'A scheduled case study was changed', lines.map(paragraph).join('') + button(clinic, adminUrl, 'Review the case study')),
    text: [...lines, `Review it: ${adminUrl}`].join('\n\n'),
  }
}
