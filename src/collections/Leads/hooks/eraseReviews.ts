import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * Erasing a lead erases its reviews: a review is the person's own words about their treatment, and
 * the right to erasure covers them. The reviews API lets nobody delete (docs/decisions/0020), so
 * this is the one way a review goes, and it expires the clinic's review pages like any change.
 */
export const eraseReviewsOfLead: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'reviews', where: { lead: { equals: id } }, overrideAccess: true, req })
}
