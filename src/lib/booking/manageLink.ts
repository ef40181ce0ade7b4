import { createHmac, timingSafeEqual } from 'node:crypto'

/*
 * The link in a booking's mails that lets the visitor reschedule or cancel without signing in. It
 * names the booking and the time it was booked for, signed with the platform's secret for this one
 * purpose (a form token's signature is worth nothing here, and the reverse), and never carries the
 * visitor's name or address. It works until the consultation starts.
 */

export type ManageLink = { booking: number; startsAt: number }

export type ReadManageLink = { ok: true; link: ManageLink } | { ok: false; problem: 'invalid' } | { ok: false; problem: 'expired'; link: ManageLink }

const sign = (secret: string, body: string) => createHmac('sha256', `${secret}:booking-manage`).update(body).digest('base64url')

const WHOLE = /^[0-9a-z]{1,12}$/

export const manageToken = (secret: string, { booking, startsAt }: ManageLink): string => {
  const body = `${booking.toString(36)}.${startsAt.toString(36)}`
  return `${body}.${sign(secret, body)}`
}

/** What a link names, or why it cannot be used: made up or changed (`invalid`), or for a consultation that has begun (`expired`). */
export const readManageToken = (secret: string, token: string | null | undefined, now: number): ReadManageLink => {
  if (!token || token.length > 120) return { ok: false, problem: 'invalid' }
  const [booking, startsAt, signature, ...rest] = token.split('.')
  if (!booking || !startsAt || !signature || rest.length > 0 || !WHOLE.test(booking) || !WHOLE.test(startsAt)) return { ok: false, problem: 'invalid' }
  const expected = Buffer.from(sign(secret, `${booking}.${startsAt}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, problem: 'invalid' }
  const link = { booking: parseInt(booking, 36), startsAt: parseInt(startsAt, 36) }
  return now >= link.startsAt ? { ok: false, problem: 'expired', link } : { ok: true, link }
}
