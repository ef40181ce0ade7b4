import type { TaskConfig } from 'payload'

import { readEnv } from '@/lib/env'
import { reviewRequestMail, reviewUrl } from '@/lib/reviews/requestMail'
import { REVIEW_REQUEST_TASK, REVIEW_ROUNDS, type ReviewRound } from '@/lib/reviews/rules'

import { loadLead, retries, send } from './leadMails'

type ReviewRequestIO = { input: { lead: number; round: ReviewRound }; output: { sent: boolean } }

const env = readEnv()

/**
 * A treated client's review request, built when the job runs: nothing is sent when the lead was
 * erased, anonymised or filed as spam since, or when that round's review is already in.
 */
export const requestReviewTask: TaskConfig<ReviewRequestIO> = {
  slug: REVIEW_REQUEST_TASK,
  label: 'Ask a treated client for a review',
  inputSchema: [
    { name: 'lead', type: 'number', required: true },
    { name: 'round', type: 'select', options: REVIEW_ROUNDS.map((round) => round.value), required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries,
  handler: async ({ input, req }) => {
    const found = await loadLead(req.payload, input.lead)
    if (!found) return { output: { sent: false } }
    const reviewed = await req.payload.count({ collection: 'reviews', where: { and: [{ lead: { equals: input.lead } }, { round: { equals: input.round } }] }, overrideAccess: true })
    if (reviewed.totalDocs > 0) return { output: { sent: false } }
    const { lead, clinic } = found
    const link = reviewUrl(clinic, lead.id, input.round, { serverUrl: env.serverUrl, secret: env.payloadSecret, now: Date.now() })
    await send(req.payload, { to: lead.email, replyTo: clinic.contact.email, ...reviewRequestMail(clinic, lead, input.round, link) })
    return { output: { sent: true } }
  },
}
