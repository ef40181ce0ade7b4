import type { Payload } from 'payload'

import { readSmallForm } from '@/lib/http/smallForm'
import type { ResultPageClinic } from '@/lib/leads/resultPage'
import type { Limit, RateLimiter } from '@/lib/leads/rateLimit'
import { idOf } from '@/lib/relationships'
import type { Lead } from '@/payload-types'

import { readReviewToken, type ReviewLink } from './reviewLink'
import { defaultDisplayName, readReviewForm } from './reviewForm'
import { reviewPage, type ReviewView } from './reviewPage'
import { REVIEW_LIMITS } from './rules'

/*
 * `/review` on a clinic's site: the form a request's signed link opens (GET) and the review it sends
 * (POST). Every answer is a page written for this request — `private, no-store`, `noindex` — and
 * every refusal stores nothing. The review is written with the server's own rights: nobody creates
 * one through the APIs.
 */

export type ReviewContext = {
  payload: Payload
  clinic: ResultPageClinic & { id: number }
  secret: string
  limiter: RateLimiter
  limit: Limit
  clientIp: string
  /** Where the form is sent: this clinic's `/review`. */
  action: string
  now?: () => number
}

const HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex, nofollow' }

/** A review's text may hold 2,000 characters, each up to nine bytes once form-encoded (`%E2%80%99`). */
const REVIEW_FORM_BYTES = REVIEW_LIMITS.textMax * 9 + 2048

const problem = (title: string, message: string): ReviewView => ({ kind: 'message', tone: 'problem', title, message })

const answer = (context: ReviewContext, status: number, view: ReviewView, extra: Record<string, string> = {}) =>
  new Response(reviewPage(context.clinic, view, context.action), { status, headers: { ...HEADERS, ...extra } })

type Found = { ok: true; link: ReviewLink; lead: Lead; treatment: { id: number; title: string } | null } | { ok: false; status: number; view: ReviewView }

const alreadyReviewed = async (payload: Payload, link: ReviewLink) =>
  (await payload.count({ collection: 'reviews', where: { and: [{ lead: { equals: link.lead } }, { round: { equals: link.round } }] }, overrideAccess: true })).totalDocs > 0

const USED = problem('You have already sent this review', 'Thank you — we have your review for this request, and each request’s link can be used once. It is on our reviews page.')

/** The lead a link names, if it may still review here; else the page that says why not. */
const find = async (context: ReviewContext, token: string | null, now: number): Promise<Found> => {
  const read = readReviewToken(context.secret, token, now)
  if (!read.ok && read.problem === 'invalid') return { ok: false, status: 400, view: problem('This link does not work', 'The link is incomplete or was changed. Please open the link in our e-mail again.') }
  if (!read.ok) return { ok: false, status: 410, view: problem('This link has expired', 'Review links work for two months after we send them. If you would still like to tell us how it went, please call us.') }
  const lead = (await context.payload.findByID({ collection: 'leads', id: read.link.lead, depth: 0, overrideAccess: true, disableErrors: true })) as Lead | null
  // An erased or anonymised client, a lead filed as spam, or another clinic's client posting on this host.
  if (!lead || lead.anonymisedAt || lead.status === 'spam' || idOf(lead.clinic) !== context.clinic.id) {
    return { ok: false, status: 404, view: problem('We cannot take a review with this link here', `This link is not for a client of ${context.clinic.name}. If you were treated at another of our clinics, please use the link from that clinic’s e-mail.`) }
  }
  if (await alreadyReviewed(context.payload, read.link)) return { ok: false, status: 409, view: USED }
  const treatmentId = idOf(lead.treatmentOfInterest)
  const treatment = treatmentId === undefined ? null : await context.payload.findByID({ collection: 'treatments', id: treatmentId, depth: 0, select: { title: true }, overrideAccess: true, disableErrors: true })
  return { ok: true, link: read.link, lead, treatment: treatment ? { id: treatment.id, title: treatment.title } : null }
}

export const showReviewForm = async (request: Request, context: ReviewContext): Promise<Response> => {
  const token = new URL(request.url).searchParams.get('t')
  const found = await find(context, token, (context.now ?? Date.now)())
  if (!found.ok) return answer(context, found.status, found.view)
  return answer(context, 200, { kind: 'form', token: token!, treatment: found.treatment?.title ?? null, values: { displayName: defaultDisplayName(found.lead.name) } })
}

export const takeReview = async (request: Request, context: ReviewContext): Promise<Response> => {
  const decision = await context.limiter.hit(`review:ip:${context.clientIp}`, context.limit)
  if (!decision.allowed) {
    return answer(context, 429, problem('Please wait a moment', 'Too many reviews were sent from your connection just now. Nothing was saved; please try again in a few minutes.'), { 'retry-after': String(decision.retryAfterSeconds) })
  }
  const form = await readSmallForm(request, REVIEW_FORM_BYTES)
  if (!form) return answer(context, 400, problem('Your review was not saved', 'The form could not be read, or the review is far longer than it may be. Please go back and try again.'))
  const found = await find(context, form.get('t'), (context.now ?? Date.now)())
  if (!found.ok) return answer(context, found.status, found.view)
  const read = readReviewForm(form, found.lead.name)
  if (!read.ok) {
    const values = { rating: form.get('rating') ?? undefined, text: form.get('text') ?? '', displayName: form.get('displayName') ?? '' }
    return answer(context, 400, { kind: 'form', token: form.get('t')!, treatment: found.treatment?.title ?? null, values, errors: read.errors })
  }
  try {
    await context.payload.create({
      collection: 'reviews',
      data: { clinic: context.clinic.id, lead: found.lead.id, treatment: found.treatment?.id, round: found.link.round, submittedAt: new Date().toISOString(), status: 'published', ...read.entry },
      overrideAccess: true,
    })
  } catch (error) {
    // Two sends of one link at once: PostgreSQL's unique (lead, round) took the first.
    if (await alreadyReviewed(context.payload, found.link)) return answer(context, 409, USED)
    throw error
  }
  return answer(context, 201, { kind: 'message', tone: 'done', title: 'Thank you for your review', message: 'It is published on our reviews page now. We read every review, and we may reply to it there.' })
}
