import type { Payload, TaskConfig, Where } from 'payload'

import { idOf } from '@/lib/relationships'
import { caseStudyAdminUrl, changesRequestedMail, publishedMail, resultPageUrl, scheduleCancelledMail, submittedForReviewMail } from '@/lib/editorial/reviewMails'
import { readEnv } from '@/lib/env'
import type { CaseStudy, Clinic } from '@/payload-types'

import { retries, send } from './leadMails'

/** The steps of the review loop someone hears about: who acts next gets a mail. */
export const REVIEW_EVENTS = ['submitted', 'changesRequested', 'published', 'scheduleCancelled'] as const
export type ReviewEvent = (typeof REVIEW_EVENTS)[number]
export type ReviewMailInput = { caseStudy: number; event: ReviewEvent }
type ReviewMailIO = { input: ReviewMailInput; output: { sent: boolean } }

export const REVIEW_MAIL_TASK = 'notifyCaseStudyReview'

const env = readEnv()

/**
 * Who hears of it, looked up when the mail goes out (not when it was queued), so the job holds
 * ids only: a submission, or a clinic's change that cancelled a scheduled publication, goes to every
 * brand marketing person; a send-back or a publication to the franchise owners of the case study's clinic.
 */
const recipientsOf = async (payload: Payload, event: ReviewEvent, clinic: number): Promise<string[]> => {
  const where: Where =
    event === 'submitted' || event === 'scheduleCancelled'
      ? { role: { equals: 'brandMarketing' } }
      : { and: [{ role: { equals: 'franchiseOwner' } }, { 'clinics.clinic': { equals: clinic } }] }
  const { docs } = await payload.find({ collection: 'users', where, depth: 0, pagination: false, overrideAccess: true, select: { email: true } })
  return docs.map((user) => user.email)
}

export const notifyCaseStudyReviewTask: TaskConfig<ReviewMailIO> = {
  slug: REVIEW_MAIL_TASK,
  label: 'E-mail the next step of a case study’s review',
  inputSchema: [
    { name: 'caseStudy', type: 'number', required: true },
    { name: 'event', type: 'select', required: true, options: [...REVIEW_EVENTS] },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries,
  handler: async ({ input, req }) => {
    const { payload } = req
    const published = input.event === 'published'
    // "It is live" is about the published version; the other mails about the latest draft.
    const study = (await payload.findByID({
      collection: 'case-studies',
      id: input.caseStudy,
      depth: 0,
      draft: !published,
      overrideAccess: true,
      disableErrors: true,
    })) as CaseStudy | null
    // Deleted since, or unpublished before the mail went out: nothing true left to say.
    if (!study || (published && study._status !== 'published')) return { output: { sent: false } }
    const clinicId = idOf(study.clinic)
    const clinic =
      clinicId === undefined
        ? null
        : ((await payload.findByID({ collection: 'clinics', id: clinicId, depth: 0, overrideAccess: true, disableErrors: true })) as Clinic | null)
    if (!clinic) return { output: { sent: false } }

    const to = await recipientsOf(payload, input.event, clinic.id)
    if (to.length === 0) return { output: { sent: false } }
    const adminUrl = caseStudyAdminUrl(env.serverUrl, study.id)
    const mails: Record<ReviewEvent, () => ReturnType<typeof publishedMail>> = {
      submitted: () => submittedForReviewMail(clinic, study, adminUrl),
      changesRequested: () => changesRequestedMail(clinic, study, adminUrl),
      published: () => publishedMail(clinic, study, resultPageUrl(env.serverUrl, clinic, study.slug)),
      scheduleCancelled: () => scheduleCancelledMail(clinic, study, adminUrl),
    }
    const mail = mails[input.event]()
    await send(payload, { to, ...mail })
    return { output: { sent: true } }
  },
}
