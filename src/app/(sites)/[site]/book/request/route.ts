import { offeredTreatments } from '@/components/sites/TreatmentCards'
import { readEnv } from '@/lib/env'
import { issueFormToken } from '@/lib/leads/formToken'
import { handleLeadRequest } from '@/lib/leads/leadRequest'
import { rateLimiterFor } from '@/lib/leads/rateLimit'
import { sitePayload } from '@/lib/sites/payload'
import { getSite, sitePath } from '@/lib/sites/site'

type Context = { params: Promise<{ site: string }> }

const notFound = () => new Response('Not found', { status: 404 })

/**
 * The visitor's address as seen by the nearest proxy: the last X-Forwarded-For entry (Next sets it
 * from the socket when no proxy did). Behind several proxies, `TRUSTED_PROXY_HOPS` says how many.
 */
const clientIp = (request: Request) => {
  const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  const trusted = Number(process.env.TRUSTED_PROXY_HOPS ?? 0) || 0
  return hops[Math.max(0, hops.length - 1 - trusted)] ?? 'unknown'
}

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
    clientIp: clientIp(request),
    thanksPath: sitePath(site, '/book/thanks'),
    formPath: sitePath(site, '/book'),
    log: (line) => payload.logger.info(line),
  })
}
