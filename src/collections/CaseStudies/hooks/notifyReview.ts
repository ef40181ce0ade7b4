import type { CollectionAfterChangeHook } from 'payload'

import { MAIL_QUEUE } from '@/jobs'
import { REVIEW_MAIL_TASK, type ReviewEvent } from '@/jobs/caseStudyReviewMails'
import type { CaseStudy } from '@/payload-types'

import { SCHEDULE_CANCELLED } from './returnToReviewWhenScheduledChanges'

type Reviewed = Partial<Pick<CaseStudy, 'review' | '_status'>>

/** The step a save took in the review loop, if it took one: a changed state, never a plain (auto)save. */
export const reviewEventOf = (previous: Reviewed | undefined, doc: Reviewed): ReviewEvent | undefined => {
  const state = doc.review?.state
  if (!state || state === (previous?.review?.state ?? 'notSubmitted')) return undefined
  if (state === 'submitted') return 'submitted'
  if (state === 'changesRequested') return 'changesRequested'
  if (state === 'approved' && doc._status === 'published') return 'published'
  return undefined
}

/**
 * Tells the people who act next — marketing of a submission or of a clinic's change that cancelled
 * a scheduled publication, the clinic's owners of a send-back or of the publication — through one mail job written in the same transaction as the save, so a
 * save that fails sends nothing and a saved step is never left untold. Writes without a user (the
 * seed) tell no one.
 */
export const notifyReview: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!req.user) return doc
  const event = req.context[SCHEDULE_CANCELLED] ? 'scheduleCancelled' : reviewEventOf(previousDoc as Reviewed | undefined, doc as Reviewed)
  if (!event) return doc
  await req.payload.jobs.queue({ task: REVIEW_MAIL_TASK, input: { caseStudy: Number(doc.id), event }, queue: MAIL_QUEUE, req })
  return doc
}
