import type { Endpoint } from 'payload'

import { clinicsReviewedFor, reviewStatisticsFor } from '@/lib/reviews/statistics'

const answer = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } })

/**
 * `GET /api/reviews/statistics`: per clinic, published reviews, their average, each rating's count
 * and how many are withheld — the brand sees every clinic, an owner their own; numbers, never people.
 */
export const reviewStatistics: Endpoint = {
  path: '/statistics',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return answer(401, { errors: [{ message: 'Sign in to see review statistics.' }] })
    if (clinicsReviewedFor(req.user) !== 'all' && clinicsReviewedFor(req.user).length === 0) {
      return answer(403, { errors: [{ message: 'Review statistics are for clinic owners and the brand team.' }] })
    }
    return answer(200, { clinics: await reviewStatisticsFor(req.payload, req.user) })
  },
}
