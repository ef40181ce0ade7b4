import type { Payload } from 'payload'

import { readSmallForm } from '@/lib/http/smallForm'
import type { Limit, RateLimiter } from '@/lib/leads/rateLimit'
import type { ResultPageClinic } from '@/lib/leads/resultPage'
import { visitorKeyOf } from '@/lib/leads/visitor'
import type { Clinic } from '@/payload-types'

import { appointmentDetails, appointmentTime } from './appointment'
import { type BookingRecord, readBooking } from './bookingRecord'
import { cancelBooking, rescheduleBooking } from './changeBooking'
import { manageToken, readManageToken } from './manageLink'
import { type ManagePaths, managePage, type ManageView } from './managePage'
import { timeChoices } from './timeChoices'

/*
 * `/book/manage` on a clinic's site: the booking a signed link names, with forms to move or cancel
 * it. Every answer is written for this request and this visitor — `private, no-store` and
 * `noindex` — so neither the page cache in front of Next (it keeps only what Next cached as shared)
 * nor a cache in front of the app keeps it, and every answer is a page, never a 500.
 */

export type ManageContext = {
  payload: Payload
  clinic: ResultPageClinic & Pick<Clinic, 'id' | 'contact' | 'timeZone'>
  secret: string
  paths: ManagePaths
  limiter: RateLimiter
  clientIp: string
  now?: () => number
}

/**
 * A link in someone's mailbox can be replayed by a script: each move writes a booking and sends two
 * mails, so moves are counted per appointment (the lead's first booking, which every moved version
 * keeps), and every change sent from one address is counted like the consultation form's.
 */
export const MANAGE_LIMITS = {
  perVisitor: { max: 20, windowMs: 10 * 60_000 },
  movesPerAppointment: { max: 5, windowMs: 24 * 60 * 60_000 },
} as const satisfies Record<string, Limit>

const HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex, nofollow' }

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

type Found = { ok: true; booking: BookingRecord; token: string } | { ok: false; status: number; view: ManageView }

const message = (title: string, text: string, bookAgain = false): ManageView => ({ kind: 'message', title, message: text, bookAgain })

/** The booking a link names, if it can still be changed here; else the page that says why not. */
const find = async (context: ManageContext, token: string | null, now: number): Promise<Found> => {
  const read = readManageToken(context.secret, token, now)
  if (!read.ok && read.problem === 'invalid') {
    return { ok: false, status: 400, view: message('This link does not work', 'The link is incomplete or was changed, so we cannot show a booking with it. Please open the link in your confirmation e-mail again, or call us.') }
  }
  if (!read.ok) return { ok: false, status: 410, view: message('This consultation has begun', 'This link worked until the consultation’s start time, which has passed. To book another consultation, use our booking page or call us.', true) }
  const booking = await readBooking(context.payload, read.link.booking)
  if (!booking || booking.clinicId !== context.clinic.id || booking.startsAt !== read.link.startsAt) {
    return { ok: false, status: 404, view: message('No such booking here', 'We have no booking at this clinic for this link. If you booked at another of our clinics, please use the link from that clinic’s e-mail.') }
  }
  const zone = context.clinic.timeZone
  if (booking.movedTo) {
    return { ok: false, status: 200, view: message('This booking was moved', `This consultation was moved to ${appointmentTime(zone, booking.movedTo.startsAt)}. The e-mail we sent about the new time has the link to manage it.`) }
  }
  if (booking.status === 'cancelled') return { ok: false, status: 200, view: message('This consultation is cancelled', `Your consultation on ${appointmentTime(zone, booking.startsAt)} is cancelled; its time is free for others.`, true) }
  if (booking.status !== 'booked') return { ok: false, status: 200, view: message('This consultation has taken place', 'This booking can no longer be changed. Please call us if something is not right.') }
  return { ok: true, booking, token: token! }
}

const answer = (context: ManageContext, status: number, view: ManageView) => new Response(managePage(context.clinic, view, context.paths), { status, headers: HEADERS })

const tooMany = (context: ManageContext, retryAfterSeconds: number, text: string) => {
  const response = answer(context, 429, message('Nothing was changed', text))
  response.headers.set('retry-after', String(retryAfterSeconds))
  return response
}

const seeOther = (context: ManageContext, token: string, done: 'moved' | 'cancelled') =>
  new Response(null, { status: 303, headers: { location: `${context.paths.manage}?booking=${encodeURIComponent(token)}&done=${done}`, 'cache-control': 'private, no-store' } })

const DONE: Record<string, string> = {
  moved: 'Your consultation has its new time; the old one is free again. We have e-mailed you a new invitation for your calendar.',
}

/** The booking's page, with its other free times (or those nearest a time just taken) to choose from. */
const bookingView = async (context: ManageContext, booking: BookingRecord, token: string, now: number, notice?: Extract<ManageView, { kind: 'booking' }>['notice'], only?: number[]): Promise<ManageView> => ({
  kind: 'booking',
  token,
  details: appointmentDetails(booking, context.clinic),
  notice,
  days: await timeChoices(context.payload, booking, now, only),
})

export const showBooking = async (request: Request, context: ManageContext): Promise<Response> => {
  const now = (context.now ?? Date.now)()
  const url = new URL(request.url)
  const found = await find(context, url.searchParams.get('booking'), now)
  if (!found.ok) {
    // The page a cancellation leads to says it in the visitor's own terms.
    const cancelledJustNow = url.searchParams.get('done') === 'cancelled' && found.view.kind === 'message' && found.view.title === 'This consultation is cancelled'
    return answer(context, found.status, cancelledJustNow ? message('Your consultation is cancelled', 'Its time is free for others again. We have e-mailed you a cancellation for your calendar.', true) : found.view)
  }
  const done = DONE[url.searchParams.get('done') ?? '']
  return answer(context, 200, await bookingView(context, found.booking, found.token, now, done ? { tone: 'done', text: done } : undefined))
}

export const changeBooking = async (request: Request, context: ManageContext): Promise<Response> => {
  const now = (context.now ?? Date.now)()
  const visitor = await context.limiter.hit(`manage:visitor:${visitorKeyOf(context.clientIp)}`, MANAGE_LIMITS.perVisitor)
  if (!visitor.allowed) return tooMany(context, visitor.retryAfterSeconds, 'We have received a lot of changes from you in a short time and made none of this one. Please try again later, or call us.')
  const form = await readSmallForm(request)
  if (!form) return answer(context, 400, message('Nothing was changed', 'The form could not be read. Please go back and try again, or call us.'))
  const found = await find(context, form.get('booking'), now)
  if (!found.ok) return answer(context, found.status === 200 ? 409 : found.status, found.view)
  const { booking, token } = found
  const action = form.get('action')

  if (action === 'cancel') {
    if (await cancelBooking(context.payload, booking)) return seeOther(context, token, 'cancelled')
    const again = await find(context, token, now)
    return answer(context, 409, again.ok ? message('Nothing was changed', 'Please try again.') : again.view)
  }
  if (action !== 'reschedule') return answer(context, 400, message('Nothing was changed', 'Please choose to move or to cancel your consultation.'))

  const moves = await context.limiter.hit(`manage:moves:${booking.firstBookingId}`, MANAGE_LIMITS.movesPerAppointment)
  if (!moves.allowed) return tooMany(context, moves.retryAfterSeconds, 'This consultation has been moved several times today, so it was not moved again. Please call us and we will find a time with you.')
  const wanted = form.get('startsAt') ?? ''
  const startsAt = INSTANT.test(wanted) ? Date.parse(wanted) : Number.NaN
  if (Number.isNaN(startsAt)) return answer(context, 400, await bookingView(context, booking, token, now, { tone: 'problem', text: 'Choose one of the times shown, then “Move to the chosen time”. Nothing was changed.' }))
  const moved = await rescheduleBooking(context.payload, booking, startsAt, now)
  if (moved.ok) return seeOther(context, manageToken(context.secret, { booking: moved.booking, startsAt: moved.startsAt }), 'moved')
  if (moved.kind === 'gone') {
    const again = await find(context, token, now)
    return answer(context, 409, again.ok ? message('Nothing was changed', 'Please try again.') : again.view)
  }
  if (moved.kind === 'invalid') return answer(context, 400, await bookingView(context, booking, token, now, { tone: 'problem', text: `${moved.message} Nothing was changed.` }))
  const nearest = moved.nearest.map((time) => time.startsAt)
  const instead = nearest.length > 0 ? ' The nearest free times are below.' : ' There is no other free time for this consultation in the coming weeks; please call us.'
  return answer(context, 409, await bookingView(context, booking, token, now, { tone: 'problem', text: `Sorry — that time was just taken by someone else, so your booking was not moved.${instead}` }, nearest))
}
