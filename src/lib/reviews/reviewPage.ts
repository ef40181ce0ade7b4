import { escapeHtml } from '@/lib/leads/escape'
import type { ResultPageClinic } from '@/lib/leads/resultPage'

import { REVIEW_FIELD_LABELS, type ReviewErrors } from './reviewForm'
import { REVIEW_LIMITS } from './rules'

/*
 * The review form a request's link opens, and the pages that answer it: complete pages of their own
 * in the clinic's colours, without script, written per request and kept by no cache. No incentive,
 * no hint of the rating wanted: the client says how it was.
 */

export type ReviewFormValues = { rating?: string; text?: string; displayName: string }

export type ReviewView =
  | { kind: 'message'; title: string; message: string; tone: 'done' | 'problem' }
  | { kind: 'form'; token: string; treatment: string | null; values: ReviewFormValues; errors?: ReviewErrors }

const STYLE = (clinic: ResultPageClinic) => `
body{margin:0;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232b;background:#fff}
header{background:${clinic.primaryColour};color:${clinic.onPrimaryColour};padding:1rem 1.25rem;font-weight:700;font-size:1.25rem}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1.25rem}
a{color:${clinic.primaryColour}}
.notice{border:3px solid ${clinic.primaryColour};padding:.75rem 1rem;margin:1rem 0}.notice.problem{border-color:#b3261e}
fieldset{border:1px solid #c7ccd3;margin:0 0 1.25rem;padding:.5rem 1rem}legend{font-weight:600;padding:0 .25rem}
.stars{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}.stars label{display:inline-flex;align-items:center;gap:.4rem;min-height:2rem}
input[type=radio],input[type=checkbox]{width:1.5rem;height:1.5rem;margin:0}
.field{margin:0 0 1.25rem}.field label{display:block;font-weight:600;margin-bottom:.25rem}
textarea,input[type=text]{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #6b7380}
.hint{color:#4a525c;font-size:.95rem;margin:.25rem 0 0}.error{color:#b3261e;font-weight:600;margin:.25rem 0 0}
.confirm{display:flex;gap:.6rem;align-items:flex-start;margin:0 0 1.25rem}
button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1.25rem;border:2px solid ${clinic.primaryColour};background:${clinic.primaryColour};color:${clinic.onPrimaryColour};cursor:pointer}`

const page = (clinic: ResultPageClinic, title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><title>${escapeHtml(title)} · ${escapeHtml(clinic.name)}</title>
<style>${STYLE(clinic)}</style></head>
<body><header>${escapeHtml(clinic.name)}</header>
<main>${body}</main></body></html>`

const phoneLink = (clinic: ResultPageClinic) => `<a href="tel:${escapeHtml(clinic.phone.replace(/[^\d+]/g, ''))}">${escapeHtml(clinic.phone)}</a>`

const errorOf = (errors: ReviewErrors | undefined, field: keyof ReviewErrors) =>
  errors?.[field] ? `<p class="error" id="${field}-error">${escapeHtml(errors[field]!)}</p>` : ''

const described = (errors: ReviewErrors | undefined, field: keyof ReviewErrors, hint?: string) => {
  const ids = [hint, errors?.[field] ? `${field}-error` : undefined].filter(Boolean)
  return `${ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : ''}${errors?.[field] ? ' aria-invalid="true"' : ''}`
}

const stars = (values: ReviewFormValues, errors?: ReviewErrors) =>
  `<fieldset${errors?.rating ? ' aria-describedby="rating-error"' : ''}><legend>${REVIEW_FIELD_LABELS.rating} (1 = very poor, 5 = excellent)</legend><div class="stars">${[1, 2, 3, 4, 5]
    .map((value) => `<label for="rating-${value}"><input type="radio" id="rating-${value}" name="rating" value="${value}" required${values.rating === String(value) ? ' checked' : ''}> ${value} ${value === 1 ? 'star' : 'stars'}</label>`)
    .join('')}</div>${errorOf(errors, 'rating')}</fieldset>`

const formBody = (clinic: ResultPageClinic, view: Extract<ReviewView, { kind: 'form' }>, action: string) => {
  const { values, errors } = view
  const problem = errors
    ? `<div class="notice problem" role="alert"><p>Your review was not saved yet. Please check:</p><ul>${Object.entries(errors)
        .map(([field, text]) => `<li><a href="#${field === 'rating' ? 'rating-1' : field}">${escapeHtml(REVIEW_FIELD_LABELS[field as keyof ReviewErrors])}</a>: ${escapeHtml(text ?? '')}</li>`)
        .join('')}</ul></div>`
    : ''
  const about = view.treatment ? ` about your ${escapeHtml(view.treatment)} treatment` : ''
  return `<h1>How was your treatment?</h1>${problem}
<p>Tell other people considering SMP how it went${about} at ${escapeHtml(clinic.name)} — good or bad. Your review is published on our site with the rating, the date and the name you choose below; we may reply to it publicly, but we cannot change or remove it.</p>
<form method="post" action="${escapeHtml(action)}" novalidate>
<input type="hidden" name="t" value="${escapeHtml(view.token)}">
${stars(values, errors)}
<div class="field"><label for="text">${REVIEW_FIELD_LABELS.text}</label>
<textarea id="text" name="text" rows="8" maxlength="${REVIEW_LIMITS.textMax}" required${described(errors, 'text', 'text-hint')}>${escapeHtml(values.text ?? '')}</textarea>
<p class="hint" id="text-hint">Plain text, up to ${REVIEW_LIMITS.textMax} characters. Please do not name other people.</p>${errorOf(errors, 'text')}</div>
<div class="field"><label for="displayName">${REVIEW_FIELD_LABELS.displayName}</label>
<input type="text" id="displayName" name="displayName" maxlength="${REVIEW_LIMITS.displayNameMax}" autocomplete="off" required value="${escapeHtml(values.displayName)}"${described(errors, 'displayName', 'displayName-hint')}>
<p class="hint" id="displayName-hint">Your first name and an initial, or a nickname. We never show your full name or e-mail address.</p>${errorOf(errors, 'displayName')}</div>
<div class="confirm"><input type="checkbox" id="ownExperience" name="ownExperience" value="yes" required${described(errors, 'ownExperience')}>
<label for="ownExperience">This review is about my own treatment and my own experience.</label></div>${errorOf(errors, 'ownExperience')}
<button type="submit">Publish my review</button>
</form>
<p>Questions? Call us on ${phoneLink(clinic)}.</p>`
}

export const reviewPage = (clinic: ResultPageClinic, view: ReviewView, action: string): string => {
  if (view.kind === 'form') return page(clinic, 'How was your treatment?', formBody(clinic, view, action))
  const role = view.tone === 'problem' ? 'alert' : 'status'
  return page(clinic, view.title, `<div class="notice${view.tone === 'problem' ? ' problem' : ''}" role="${role}"><h1>${escapeHtml(view.title)}</h1><p>${escapeHtml(view.message)}</p></div><p>Questions? Call us on ${phoneLink(clinic)}.</p>`)
}
