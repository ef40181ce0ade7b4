/*
 * What a review is: its rounds, its limits and the only reasons it may be withheld. One table for the
 * collection, the form, the request mails and the statistics.
 */

/** A treated client is asked twice: when treated, and once the pigment has settled and they have lived with it. */
export const REVIEW_ROUNDS = [
  { label: 'Asked when treated', value: 'first' },
  { label: 'Asked some weeks later', value: 'later' },
] as const
export type ReviewRound = (typeof REVIEW_ROUNDS)[number]['value']

/** Six weeks: healed, touch-up done, and long enough to say whether it still looks right. */
export const LATER_REQUEST_AFTER_MS = 6 * 7 * 24 * 60 * 60_000

/** How long a request's link can be used: long enough for a busy client, short enough that an old mail is no standing key. */
export const REVIEW_LINK_VALID_MS = 60 * 24 * 60 * 60_000

/** The legal reasons a published review may be taken off the site; nothing else (docs/decisions/0020). */
export const WITHHOLD_REASONS = [
  { label: 'Personal data of others', value: 'personalDataOfOthers' },
  { label: 'Defamation', value: 'defamation' },
  { label: 'Offensive content', value: 'offensiveContent' },
] as const

export const REVIEW_STATUSES = [
  { label: 'Published', value: 'published' },
  { label: 'Withheld', value: 'withheld' },
] as const

export const REVIEW_LIMITS = { textMax: 2000, textMin: 10, displayNameMax: 40, displayNameMin: 2, noteMax: 1000, replyMax: 2000 } as const

/** The task that mails a request: named here so the lead hook (which queues it) and the job (which sends it) share it. */
export const REVIEW_REQUEST_TASK = 'requestReview'
