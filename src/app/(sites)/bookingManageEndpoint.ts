import { changeBooking, type ManageContext, showBooking } from '@/lib/booking/manageBooking'
import { readEnv } from '@/lib/env'
import { rateLimiterFor } from '@/lib/leads/rateLimit'
import { visitorAddress } from '@/lib/leads/visitor'
import { sitePayload } from '@/lib/sites/payload'
import { siteRoutes } from '@/lib/sites/routes'
import { sitePath } from '@/lib/sites/site'

import { clinicSiteOf } from './leadEndpoint'
import { clinicPhone } from '@/lib/locale/phone'

/*
 * The visitor's booking page, `/book/manage` on a clinic's host and `/clinics/<slug>/book/manage`,
 * left out of the proxy like the consultation form's endpoint: it finds its clinic the same way,
 * and answers with a page of its own that no cache keeps (src/lib/booking/manageBooking.ts).
 */

const notFound = () => new Response('Not found', { status: 404, headers: { 'cache-control': 'private, no-store' } })

const withContext = (handle: (request: Request, context: ManageContext) => Promise<Response>) => async (request: Request) => {
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
      contact: clinic.contact,
      timeZone: clinic.timeZone,
      primaryColour: clinic.branding?.primaryColour ?? '#1f3a5f',
      onPrimaryColour: clinic.branding?.onPrimaryColour ?? '#ffffff',
    },
    secret: env.payloadSecret,
    limiter: rateLimiterFor(env.redisUrl),
    clientIp: visitorAddress(request.headers, env.trustedProxyHops),
    paths: { manage: sitePath(site, siteRoutes.bookManage), book: sitePath(site, siteRoutes.book) },
  })
}

export const showManagedBooking = withContext(showBooking)
export const changeManagedBooking = withContext(changeBooking)
