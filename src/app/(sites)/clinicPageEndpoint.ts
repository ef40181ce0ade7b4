import type { Payload } from 'payload'

import { readEnv } from '@/lib/env'
import type { ResultPageClinic } from '@/lib/leads/resultPage'
import { type RateLimiter, rateLimiterFor } from '@/lib/leads/rateLimit'
import { visitorAddress } from '@/lib/leads/visitor'
import { clinicPhone } from '@/lib/locale/phone'
import { sitePayload } from '@/lib/sites/payload'
import type { Site } from '@/lib/sites/site'
import type { Clinic } from '@/payload-types'

import { clinicSiteOf } from './leadEndpoint'

/** What a clinic's own page answered outside the proxy works with: its clinic, who asks, and the shared limits. */
export type ClinicPage = {
  site: Site
  clinic: Clinic
  payload: Payload
  /** The clinic as such a page shows it: its name, number and colours. */
  shown: ResultPageClinic & { id: number }
  secret: string
  limiter: RateLimiter
  clientIp: string
  env: ReturnType<typeof readEnv>
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'cache-control': 'private, no-store' } })

/**
 * A page of the clinic's own site (the booking page, the review form) that is left out of the
 * proxy like the consultation form's endpoint: it finds its clinic the same way, and an unknown or
 * stray host gets what it gets there.
 */
export const onClinicPage = (handle: (request: Request, page: ClinicPage) => Promise<Response>) => async (request: Request) => {
  const found = await clinicSiteOf(request)
  if (!found) return notFound()
  if ('stray' in found) return found.stray
  const { site, clinic } = found
  const env = readEnv()
  return handle(request, {
    site,
    clinic,
    payload: await sitePayload(),
    shown: {
      id: clinic.id,
      name: clinic.name,
      phone: clinicPhone(clinic).shown,
      primaryColour: clinic.branding?.primaryColour ?? '#1f3a5f',
      onPrimaryColour: clinic.branding?.onPrimaryColour ?? '#ffffff',
    },
    secret: env.payloadSecret,
    limiter: rateLimiterFor(env.redisUrl),
    clientIp: visitorAddress(request.headers, env.trustedProxyHops),
    env,
  })
}
