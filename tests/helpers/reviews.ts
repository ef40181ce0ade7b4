import type { Payload } from 'payload'

import { readEnv } from '@/lib/env'
import { memoryRateLimiter } from '@/lib/leads/rateLimit'
import { reviewToken } from '@/lib/reviews/reviewLink'
import { type ReviewContext, showReviewForm, takeReview } from '@/lib/reviews/reviewRequest'
import { REVIEW_LINK_VALID_MS, type ReviewRound } from '@/lib/reviews/rules'
import type { Clinic } from '@/payload-types'

/* The review form as the tests reach it: in-process, with real Requests, on the seeded database. */

let client = 0

/** A client of `clinic` who has just been treated — through the Local API with the server's rights, as the seed writes leads. */
export const treatedLead = async (payload: Payload, clinic: number, status: 'treated' | 'contacted' = 'treated') => {
  client += 1
  const lead = await payload.create({
    collection: 'leads',
    data: { clinic, name: `Rowan Review${client} Tester`, email: `review-${process.pid}-${client}@example.invalid`, phone: '+44 7700 900123', preferredContact: 'email', privacyConsent: true, status: 'contacted' },
    overrideAccess: true,
    depth: 0,
  })
  if (status === 'treated') await payload.update({ collection: 'leads', id: lead.id, data: { status: 'treated' }, overrideAccess: true, depth: 0 })
  return lead
}

export const reviewContextOf = async (payload: Payload, slug: string, overrides: Partial<ReviewContext> = {}): Promise<ReviewContext> => {
  const clinic = (await payload.find({ collection: 'clinics', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true, limit: 1 })).docs[0] as Clinic
  return {
    payload,
    clinic: { id: clinic.id, name: clinic.name, phone: clinic.contact.phone, primaryColour: '#1f3a5f', onPrimaryColour: '#ffffff' },
    secret: readEnv().payloadSecret,
    limiter: memoryRateLimiter(),
    limit: { max: 1000, windowMs: 60_000 },
    clientIp: '203.0.113.9',
    action: '/review',
    ...overrides,
  }
}

export const tokenFor = (lead: number, round: ReviewRound = 'first', expiresAt = Date.now() + REVIEW_LINK_VALID_MS) => reviewToken(readEnv().payloadSecret, { lead, round, expiresAt })

export const openReviewForm = async (context: ReviewContext, token: string) => {
  const response = await showReviewForm(new Request(`http://london.localhost:3000/review?t=${encodeURIComponent(token)}`), context)
  return { status: response.status, headers: response.headers, html: await response.text() }
}

export const goodReview = (token: string, overrides: Record<string, string> = {}) => ({
  t: token,
  rating: '4',
  text: 'Three sessions, each about four hours. The hairline looks natural and the aftercare notes were clear.',
  displayName: 'Rowan T.',
  ownExperience: 'yes',
  ...overrides,
})

export const postReview = async (context: ReviewContext, fields: Record<string, string>) => {
  const response = await takeReview(
    new Request('http://london.localhost:3000/review', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() }),
    context,
  )
  return { status: response.status, headers: response.headers, html: await response.text() }
}

export const reviewsOf = async (payload: Payload, lead: number) =>
  (await payload.find({ collection: 'reviews', where: { lead: { equals: lead } }, overrideAccess: true, depth: 0, pagination: false })).docs
