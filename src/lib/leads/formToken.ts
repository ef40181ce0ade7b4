import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * A form token says when the form was handed out and names that one form, signed so it cannot be
 * made up: it gives the minimum fill time something to measure from, and a retried submission of
 * the same form the same idempotency key. It is good for one lead (the lead keeps its nonce in a
 * unique column, so this holds across instances) and for FORM_TOKEN_LIFETIME_MS.
 */
export type FormToken = { issuedAt: number; nonce: string }

/** A day: the booking page and the enhanced form hand out a fresh token on every visit. */
export const FORM_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000

const sign = (secret: string, body: string) => createHmac('sha256', `${secret}:lead-form`).update(body).digest('base64url')

export const issueFormToken = (secret: string, now = Date.now()): string => {
  const body = `${now.toString(36)}.${randomBytes(12).toString('base64url')}`
  return `${body}.${sign(secret, body)}`
}

/** The token's facts, or null when it is missing, malformed or not ours. */
export const readFormToken = (secret: string, token: string | null | undefined): FormToken | null => {
  if (!token || token.length > 200) return null
  const [issued, nonce, signature] = token.split('.')
  if (!issued || !nonce || !signature) return null
  const expected = Buffer.from(sign(secret, `${issued}.${nonce}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  const issuedAt = parseInt(issued, 36)
  return Number.isFinite(issuedAt) ? { issuedAt, nonce } : null
}
