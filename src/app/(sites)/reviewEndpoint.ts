import { type ReviewContext, showReviewForm, takeReview } from '@/lib/reviews/reviewRequest'
import { siteRoutes } from '@/lib/sites/routes'
import { sitePath } from '@/lib/sites/site'

import { onClinicPage } from './clinicPageEndpoint'

/*
 * The review form, `/review` on a clinic's host and `/clinics/<slug>/review`, answered with pages
 * no cache keeps (src/lib/reviews/reviewRequest.ts). A link for another clinic's client is refused on this host.
 */

const review = (handle: (request: Request, context: ReviewContext) => Promise<Response>) =>
  onClinicPage((request, { site, payload, shown, secret, limiter, clientIp, env }) =>
    handle(request, {
      payload,
      clinic: shown,
      secret,
      // The lead form's limit per visitor: a review is rarer still, so it never stops a real client.
      limiter,
      limit: env.leadLimits.perIp,
      clientIp,
      action: sitePath(site, siteRoutes.review),
    }),
  )

export const showReviewPage = review(showReviewForm)
export const takeReviewPage = review(takeReview)
