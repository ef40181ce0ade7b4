import type { Payload } from 'payload'

import { DEMO_REVIEWS } from './data/reviews'
import { upsert } from './upsert'

/**
 * A few reviews per clinic, a critical one among them. They belong to no lead: they stand for
 * clients treated before the platform asked, so no seeded lead carries them (erasing one would
 * take its review) and every treated lead can still be asked.
 */
export const seedReviews = async (payload: Payload, clinics: Map<string, number>, treatments: Map<string, number>) => {
  for (const review of DEMO_REVIEWS) {
    const clinic = clinics.get(review.clinic)!
    await upsert(payload, 'reviews', { and: [{ clinic: { equals: clinic } }, { displayName: { equals: review.displayName } }, { submittedAt: { equals: review.submittedAt } }] }, {
      clinic,
      treatment: treatments.get(review.treatment),
      round: 'first',
      rating: review.rating,
      text: review.text,
      displayName: review.displayName,
      ownExperience: true,
      submittedAt: review.submittedAt,
      status: 'published',
      ownerReply: review.ownerReply,
    })
  }
}
