import type { JobsConfig } from 'payload'

import { isPlatformAdmin } from '@/access/roles'

import { anonymiseExpiredLeadsTask } from './anonymiseExpiredLeads'
import { mailBookingChangeToVisitorTask, notifyClinicOfBookingChangeTask, remindVisitorOfBookingTask } from './bookingMails'
import { notifyCaseStudyReviewTask } from './caseStudyReviewMails'
import { confirmLeadToVisitorTask, notifyClinicOfLeadTask } from './leadMails'
import { purgeCacheTierTask } from './purgeCacheTier'
import { requestReviewTask } from './reviewRequests'

export { MAIL_QUEUE } from '@/lib/mailQueue'
export const MAINTENANCE_QUEUE = 'maintenance'

/**
 * Background work, run by the worker process (`npm run worker`, started by `npm run dev`). Jobs
 * carry ids only — never a person's details — so the jobs table holds no personal data.
 */
export const jobs: JobsConfig = {
  tasks: [
    notifyClinicOfLeadTask,
    confirmLeadToVisitorTask,
    notifyCaseStudyReviewTask,
    anonymiseExpiredLeadsTask,
    purgeCacheTierTask,
    remindVisitorOfBookingTask,
    mailBookingChangeToVisitorTask,
    notifyClinicOfBookingChangeTask,
    requestReviewTask,
  ],
  // Only platform admins may queue, run or cancel jobs through the API; the platform does it itself.
  access: {
    queue: ({ req }) => isPlatformAdmin(req.user),
    run: ({ req }) => isPlatformAdmin(req.user),
    cancel: ({ req }) => isPlatformAdmin(req.user),
  },
}
