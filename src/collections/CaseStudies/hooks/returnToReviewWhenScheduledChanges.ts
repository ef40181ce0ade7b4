import { APIError, type CollectionBeforeChangeHook, type PayloadRequest, type Where } from 'payload'

import { roleOf, worksAcrossClinics } from '@/access/roles'

/** Set on the request when a clinic's save cancelled a scheduled publication (`notifyReview` tells marketing). */
export const SCHEDULE_CANCELLED = 'caseStudyScheduleCancelled'

export const BEING_PUBLISHED = 'This case study is being published right now, as brand marketing scheduled it. Save your changes again in a minute: they will then go to review.'

/** Publications of this case study that the jobs queue has not run yet. */
const scheduledPublications = (id: number | string): Where => ({
  and: [
    { taskSlug: { equals: 'schedulePublish' } },
    { completedAt: { exists: false } },
    { 'input.doc.relationTo': { equals: 'case-studies' } },
    // The admin stores the id as text (Payload #10481); a job queued in code may hold a number.
    { or: [{ 'input.doc.value': { equals: String(id) } }, { 'input.doc.value': { equals: Number(id) } }] },
    { 'input.type': { not_equals: 'unpublish' } },
  ],
})

const pendingOf = async (req: PayloadRequest, id: number | string) =>
  (await req.payload.db.find({ collection: 'payload-jobs', where: scheduledPublications(id), pagination: false, limit: 0, req })).docs as { id: number; processing?: boolean | null }[]

/**
 * What brand marketing scheduled is what goes live: a clinic's change to a case study with a
 * publication scheduled (an edit, an autosave, new consent) cancels that publication, in the same
 * transaction, and sends the case study back to review — marketing is told and schedules it again.
 * A publication the worker is already running cannot be cancelled, so the save waits for it.
 * (docs/decisions/0013 says why this rather than publishing the version marketing saw.)
 */
export const returnToReviewWhenScheduledChanges: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !roleOf(req.user) || worksAcrossClinics(req.user) || originalDoc?.id === undefined) return data
  const pending = await pendingOf(req, originalDoc.id)
  if (pending.length === 0) return data
  if (pending.some((job) => job.processing)) throw new APIError(BEING_PUBLISHED, 409, undefined, true)
  await req.payload.db.deleteMany({ collection: 'payload-jobs', where: { and: [scheduledPublications(originalDoc.id), { processing: { equals: false } }] }, req })
  // A worker that claimed one while this save was deleting it holds it still: the save waits, as above.
  if ((await pendingOf(req, originalDoc.id)).length > 0) throw new APIError(BEING_PUBLISHED, 409, undefined, true)
  data.review = { ...(data.review ?? {}), state: 'submitted' }
  req.context[SCHEDULE_CANCELLED] = true
  return data
}
