import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { belongsToClinic } from '@/access/clinicsOfUser'
import { isFranchiseOwner, worksAcrossClinics } from '@/access/roles'
import type { CaseStudy } from '@/payload-types'

type ReviewState = NonNullable<NonNullable<CaseStudy['review']>['state']>
type Review = { state?: ReviewState | null; comment?: string | null }

const refuse = (path: string, message: string): never => {
  throw new ValidationError({ errors: [{ path, message }] })
}

/** Whether the case study has a published (live) version, whatever its latest draft says. */
const isLive = async (req: PayloadRequest, id: number | string | undefined) => {
  if (id === undefined) return false
  const live = await req.payload.findByID({ collection: 'case-studies', id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req })
  return live?._status === 'published'
}

/**
 * The review loop: a franchise owner submits the clinic's draft (or takes it back); brand
 * marketing publishes it — which approves it — or sends it back with a comment saying what to fix.
 * Only changes of the state are checked, so editing a submitted draft leaves it submitted. Writes
 * without a user (the seed, scheduled jobs of the system) are not restricted.
 */
export const reviewWorkflow: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (!req.user) return data
  // A new case study has no review yet; a copy of another (Payload's duplicate, whose original
  // comes as `originalDoc` without its id) starts its own.
  if (operation === 'create' && originalDoc?.review) data.review = { state: 'notSubmitted', comment: null }
  const previous: ReviewState = operation === 'create' ? 'notSubmitted' : (originalDoc?.review?.state ?? 'notSubmitted')
  const review: Review = { ...(operation === 'create' ? {} : originalDoc?.review), ...data.review }
  const requested: ReviewState = review.state ?? previous
  // An empty state is no state change: the review keeps the one it had.
  data.review = { ...data.review, state: requested }

  if (!worksAcrossClinics(req.user)) {
    if (requested === previous) return data
    if (requested === 'approved' || requested === 'changesRequested')
      refuse('review.state', 'Brand marketing approves a case study (by publishing it) or sends it back; submit it for review instead.')
    const clinic = data.clinic !== undefined ? data.clinic : originalDoc?.clinic
    if (!isFranchiseOwner(req.user) || !belongsToClinic(req.user, clinic))
      refuse('review.state', 'Only a franchise owner of this case study’s clinic submits it for review.')
    return data
  }

  const sendingBack = requested === 'changesRequested' && previous !== 'changesRequested'
  if (requested === 'changesRequested' && !review.comment?.trim())
    refuse('review.comment', 'Add a comment when requesting changes: it tells the clinic what to fix before submitting again.')
  if (sendingBack) {
    // Sent back means not published: the save becomes a draft — unless that would take a live page down.
    if (data._status === 'published') {
      if (await isLive(req, originalDoc?.id))
        refuse('review.state', 'This case study is live: save the request for changes as a draft, so the live page stays as it is.')
      data._status = 'draft'
    }
    data.review = { ...review, state: 'changesRequested' }
    return data
  }
  if (data._status === 'published') {
    data.review = { ...review, state: 'approved' }
    return data
  }
  if (requested === 'approved' && previous !== 'approved')
    refuse('review.state', 'A case study is approved by publishing it: publish it now or schedule it.')
  return data
}
