import type { CollectionAfterChangeHook } from 'payload'

import { MAIL_QUEUE } from '@/lib/mailQueue'
import { LATER_REQUEST_AFTER_MS, REVIEW_REQUEST_TASK } from '@/lib/reviews/rules'
import type { Lead } from '@/payload-types'

/**
 * A lead that becomes "treated" — in the admin, through the API or from its booking — is asked for
 * a review now and again some weeks later. Every treated client, whatever the clinic expects them
 * to say: asking only the happy ones would make the reviews a lie. Queued in the save's transaction
 * (ids only); a lead treated a second time (after being set back) is not asked again.
 */
export const requestReviews: CollectionAfterChangeHook<Lead> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'treated' || previousDoc?.status === 'treated' || doc.anonymisedAt) return doc
  const asked = await req.payload.count({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: REVIEW_REQUEST_TASK } }, { 'input.lead': { equals: doc.id } }] },
    overrideAccess: true,
    req,
  })
  if (asked.totalDocs > 0) return doc
  await req.payload.jobs.queue({ task: REVIEW_REQUEST_TASK, input: { lead: doc.id, round: 'first' }, queue: MAIL_QUEUE, req })
  await req.payload.jobs.queue({ task: REVIEW_REQUEST_TASK, input: { lead: doc.id, round: 'later' }, queue: MAIL_QUEUE, waitUntil: new Date(Date.now() + LATER_REQUEST_AFTER_MS), req })
  return doc
}
