import { REVIEW_LIMITS } from './rules'

/*
 * The review form's fields as the client sent them, checked. Reviews are shown as plain text, so a
 * text that carries markup — a tag (`<a href`, `<script>`, `</b>`, `<!--`) or an HTML entity — is
 * refused rather than silently changed: what is published is exactly what the client wrote. A
 * lone "<" that opens no tag ("<3", "5 < 6", "5 > 4") is ordinary writing and is kept.
 */

export type ReviewEntry = { rating: number; text: string; displayName: string; ownExperience: true }
export type ReviewFields = keyof ReviewEntry
export type ReviewErrors = Partial<Record<ReviewFields, string>>

export const REVIEW_FIELD_LABELS: Record<ReviewFields, string> = {
  rating: 'Your rating',
  text: 'Your review',
  displayName: 'Name shown with your review',
  ownExperience: 'Your own experience',
}

const MARKUP = /<[a-z!/?]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i

export const hasMarkup = (text: string) => MARKUP.test(text)

/** Typed line ends become one kind, and stray control characters (never typed) are dropped. */
const tidy = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim()

/**
 * The default name shown with a review: first name and the initial of the last ("Daniel R."), so a
 * client is never shown by full name unless they type it themselves.
 */
export const defaultDisplayName = (fullName: string | null | undefined): string => {
  const words = (fullName ?? '').trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return ''
  const first = words[0]!.slice(0, REVIEW_LIMITS.displayNameMax - 3)
  return words.length > 1 ? `${first} ${words[words.length - 1]!.charAt(0).toUpperCase()}.` : first
}

/** The entry, or what to fix. `fullName` (the lead's) is refused as the shown name, and so is anything like an e-mail address. */
export const readReviewForm = (form: URLSearchParams, fullName: string): { ok: true; entry: ReviewEntry } | { ok: false; errors: ReviewErrors } => {
  const errors: ReviewErrors = {}
  const ratingText = form.get('rating') ?? ''
  const rating = /^[1-5]$/.test(ratingText) ? Number(ratingText) : undefined
  if (rating === undefined) errors.rating = 'Choose from 1 to 5 stars.'

  const text = tidy(form.get('text') ?? '')
  if (text.length < REVIEW_LIMITS.textMin) errors.text = `Please write at least ${REVIEW_LIMITS.textMin} characters.`
  else if (text.length > REVIEW_LIMITS.textMax) errors.text = `Please keep it to ${REVIEW_LIMITS.textMax} characters (it has ${text.length}).`
  else if (hasMarkup(text)) errors.text = 'Please write plain text: reviews are shown as written, so HTML tags and codes such as <a …> or &amp; cannot be used.'

  const displayName = tidy(form.get('displayName') ?? '').replace(/\s+/g, ' ')
  if (displayName.length < REVIEW_LIMITS.displayNameMin || displayName.length > REVIEW_LIMITS.displayNameMax) {
    errors.displayName = `Give a name of ${REVIEW_LIMITS.displayNameMin} to ${REVIEW_LIMITS.displayNameMax} characters, for example your first name and an initial.`
  } else if (displayName.includes('@') || hasMarkup(displayName)) errors.displayName = 'Give a name, not an e-mail address or code.'
  else if (fullName.trim().includes(' ') && displayName.toLowerCase() === fullName.trim().replace(/\s+/g, ' ').toLowerCase()) {
    errors.displayName = 'To protect your privacy we do not show full names: use your first name and an initial, or a nickname.'
  }

  if (form.get('ownExperience') !== 'yes') errors.ownExperience = 'Please confirm this review is about your own treatment.'

  if (Object.keys(errors).length > 0 || rating === undefined) return { ok: false, errors }
  return { ok: true, entry: { rating, text, displayName, ownExperience: true } }
}
