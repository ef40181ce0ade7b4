import { createHmac, timingSafeEqual } from 'node:crypto'

import type { ReviewRound } from './rules'

/*
 * The link in a review request: it names the lead and the round, and until when it works, signed
 * with the platform's secret for this one purpose (a booking link's signature is worth nothing here,
 * and the reverse). It carries no name or address. Using it once is enforced by PostgreSQL (one
 * review per lead and round), not by the link.
 */

export type ReviewLink = { lead: number; round: ReviewRound; expiresAt: number }

export type ReadReviewLink = { ok: true; link: ReviewLink } | { ok: false; problem: 'invalid' | 'expired' }

const sign = (secret: string, body: string) => createHmac('sha256', `${secret}:review-request`).update(body).digest('base64url')

const WHOLE = /^[0-9a-z]{1,12}$/
const ROUND_CODE: Record<ReviewRound, string> = { first: '1', later: '2' }
const ROUND_OF: Record<string, ReviewRound> = { '1': 'first', '2': 'later' }

export const reviewToken = (secret: string, { lead, round, expiresAt }: ReviewLink): string => {
  const body = `${lead.toString(36)}.${ROUND_CODE[round]}.${expiresAt.toString(36)}`
  return `${body}.${sign(secret, body)}`
}

/** What a link names, or why it cannot be used: made up or changed (`invalid`), or too old (`expired`). */
export const readReviewToken = (secret: string, token: string | null | undefined, now: number): ReadReviewLink => {
  if (!token || token.length > 120) return { ok: false, problem: 'invalid' }
  const [lead, round, expiresAt, signature, ...rest] = token.split('.')
  if (!lead || !round || !expiresAt || !signature || rest.length > 0 || !WHOLE.test(lead) || !WHOLE.test(expiresAt) || !ROUND_OF[round]) return { ok: false, problem: 'invalid' }
  const expected = Buffer.from(sign(secret, `${lead}.${round}.${expiresAt}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, problem: 'invalid' }
  const link = { lead: parseInt(lead, 36), round: ROUND_OF[round]!, expiresAt: parseInt(expiresAt, 36) }
  return now >= link.expiresAt ? { ok: false, problem: 'expired' } : { ok: true, link }
}
