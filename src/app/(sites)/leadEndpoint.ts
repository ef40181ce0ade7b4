import { offeredTreatments } from '@/components/sites/TreatmentCards'
import { MAIL_QUEUE } from '@/jobs'
import { confirmLeadToVisitorTask, notifyClinicOfLeadTask } from '@/jobs/leadMails'
import { bookingAddOn } from '@/lib/booking/bookingAddOn'
import { readEnv } from '@/lib/env'
import { issueFormToken } from '@/lib/leads/formToken'
import { handleLeadRequest } from '@/lib/leads/leadRequest'
import { rateLimiterFor } from '@/lib/leads/rateLimit'
import { visitorAddress } from '@/lib/leads/visitor'
import { liveSites } from '@/lib/sites/liveSites'
import { sitePayload } from '@/lib/sites/payload'
import { siteRoutes } from '@/lib/sites/routes'
import { getSite, sitePath } from '@/lib/sites/site'
import { platformOf, siteRoute, strayRedirect } from '@/lib/sites/siteRoute'
import { clinicPhone } from '@/lib/locale/phone'

/*
 * The consultation form's endpoint, `/book/request` on a clinic's host and
 * `/clinics/<slug>/book/request`. It is left out of the proxy (src/proxy.ts) and finds its site
 * itself, as the proxy would: the proxy step costs every request a pass through Next's middleware
 * adapter and a copy of the body, and intake must keep up with a campaign's peak.
 */

const notFound = () => new Response('Not found', { status: 404 })

let platform: ReturnType<typeof platformOf> | undefined

/** The clinic site the proxy would have routed to, or the redirect it would have sent a stray (no live clinic site). */
export const clinicSiteOf = async (request: Request) => {
  platform ??= platformOf(readEnv().serverUrl, process.env.NODE_ENV === 'development')
  const route = siteRoute({ host: request.headers.get('host') ?? '', pathname: new URL(request.url).pathname, search: '' }, platform, await liveSites())
  if ('redirect' in route) return { stray: strayRedirect(route.redirect) }
  const key = route.rewrite.split('/')[1]
  const site = key ? await getSite(key) : undefined
  return site?.clinic ? { site, clinic: site.clinic } : undefined
}

const LEAD_MAILS = { queue: MAIL_QUEUE, tasks: [notifyClinicOfLeadTask.slug, confirmLeadToVisitorTask.slug] }

/** A fresh form token, for forms on cached pages (the enhanced form asks for one when it loads). */
export const leadFormToken = async (request: Request) => {
  const found = await clinicSiteOf(request)
  if (!found) return notFound()
  if ('stray' in found) return found.stray
  return Response.json({ formToken: issueFormToken(readEnv().payloadSecret) }, { headers: { 'cache-control': 'no-store' } })
}

/** A consultation request from this clinic's site; it lands on this clinic, whatever the form says. */
export const takeLeadRequest = async (request: Request) => {
  const found = await clinicSiteOf(request)
  if (!found) return notFound()
  if ('stray' in found) return found.stray
  const { site, clinic } = found
  const env = readEnv()
  const payload = await sitePayload()
  return handleLeadRequest(request, {
    payload,
    clinic: {
      id: clinic.id,
      name: clinic.name,
      phone: clinicPhone(clinic).shown,
      primaryColour: clinic.branding?.primaryColour ?? '#1f3a5f',
      onPrimaryColour: clinic.branding?.onPrimaryColour ?? '#ffffff',
      offeredTreatmentIds: offeredTreatments(clinic).map((offer) => offer.treatment.id),
    },
    limiter: rateLimiterFor(env.redisUrl),
    limits: env.leadLimits,
    secret: env.payloadSecret,
    clientIp: visitorAddress(request.headers, env.trustedProxyHops),
    mailJobs: LEAD_MAILS,
    thanksPath: sitePath(site, siteRoutes.bookThanks),
    formPath: sitePath(site, siteRoutes.book),
    log: (line) => payload.logger.info(line),
    // A form with a chosen time books it, in the lead's transaction (docs/decisions/0017).
    addOn: bookingAddOn(payload, clinic.id, sitePath(site, siteRoutes.bookTime)),
  })
}
