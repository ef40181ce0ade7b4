import { readEnv } from '@/lib/env'
import { rateLimiterFor } from '@/lib/leads/rateLimit'
import { visitorAddress } from '@/lib/leads/visitor'
import { type ReviewContext, showReviewForm, takeReview } from '@/lib/reviews/reviewRequest'
import { sitePayload } from '@/lib/sites/payload'
import { siteRoutes } from '@/lib/sites/routes'
import { sitePath } from '@/lib/sites/site'

import { clinicSiteOf } from './leadEndpoint'
import { clinicPhone } from '@/lib/locale/phone'

/*
 * The review form, `/review` on a clinic's host and `/clinics/<slug>/review`, left out of the proxy
 * like the booking page: it finds its clinic the same way and answers with pages no cache keeps
 * (src/lib/reviews/reviewRequest.ts). A link for another clinic's client is refused on this host.
 */

const notFound = () => new Response('Not found', { status: 404, headers: { 'cache-control': 'private, no-store' } })

const withContext = (handle: (request: Request, context: ReviewContext) => Promise<Response>) => async (request: Request) => {
  const found = await clinicSiteOf(request)
  if (!found) return notFound()
  if ('stray' in found) return found.stray
  const { site, clinic } = found
  const env = readEnv()
  return handle(request, {
    payload: await sitePayload(),
    clinic: {
      id: clinic.id,
      name: clinic.name,
      phone: clinicPhone(clinic).shown,
      primaryColour: clinic.branding?.primaryColour ?? '#1f3a5f',
      onPrimaryColour: clinic.branding?.onPrimaryColour ?? '#ffffff',
    },
    secret: env.payloadSecret,
    // The lead form's limit per visitor: a review is rarer still, so it never stops a real client.
    limiter: rateLimiterFor(env.redisUrl),
    limit: env.leadLimits.perIp,
    clientIp: visitorAddress(request.headers, env.trustedProxyHops),
    action: sitePath(site, siteRoutes.review),
  })
}

export const showReviewPage = withContext(showReviewForm)
export const takeReviewPage = withContext(takeReview)
