import { offeredTreatments } from '@/components/sites/TreatmentCards'
import { MAIL_QUEUE } from '@/jobs'
import { confirmLeadToVisitorTask, notifyClinicOfLeadTask } from '@/jobs/leadMails'
import { readEnv } from '@/lib/env'
import { issueFormToken } from '@/lib/leads/formToken'
import { handleLeadRequest } from '@/lib/leads/leadRequest'
import { rateLimiterFor } from '@/lib/leads/rateLimit'
import { visitorAddress } from '@/lib/leads/visitor'
import { sitePayload } from '@/lib/sites/payload'
import { getSite, sitePath } from '@/lib/sites/site'

type Context = { params: Promise<{ site: string }> }

const notFound = () => new Response('Not found', { status: 404 })

const LEAD_MAILS = { queue: MAIL_QUEUE, tasks: [notifyClinicOfLeadTask.slug, confirmLeadToVisitorTask.slug] }

/** A fresh form token, for forms on cached pages (the enhanced form asks for one when it loads). */
export const GET = async (_request: Request, { params }: Context) => {
  const site = await getSite((await params).site)
  if (!site.clinic) return notFound()
  return Response.json({ formToken: issueFormToken(readEnv().payloadSecret) }, { headers: { 'cache-control': 'no-store' } })
}

/** A consultation request from this clinic's site; it lands on this clinic, whatever the form says. */
export const POST = async (request: Request, { params }: Context) => {
  const site = await getSite((await params).site)
  const clinic = site.clinic
  if (!clinic) return notFound()
  const env = readEnv()
  const payload = await sitePayload()
  return handleLeadRequest(request, {
    payload,
    clinic: {
      id: clinic.id,
      name: clinic.name,
      phone: clinic.contact.phone,
      primaryColour: clinic.branding?.primaryColour ?? '#1f3a5f',
      onPrimaryColour: clinic.branding?.onPrimaryColour ?? '#ffffff',
      offeredTreatmentIds: offeredTreatments(clinic).map((offer) => offer.treatment.id),
    },
    limiter: rateLimiterFor(env.redisUrl),
    limits: env.leadLimits,
    secret: env.payloadSecret,
    clientIp: visitorAddress(request.headers, env.trustedProxyHops),
    mailJobs: LEAD_MAILS,
    thanksPath: sitePath(site, '/book/thanks'),
    formPath: sitePath(site, '/book'),
    log: (line) => payload.logger.info(line),
  })
}
