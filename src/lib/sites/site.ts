import 'server-only'

import { cache } from 'react'

import { readEnv } from '@/lib/env'
import { clinicOrigin } from '@/lib/seo/canonical'
import type { Clinic } from '@/payload-types'

import { findClinicId, getClinic } from './clinics'
import { parseSiteKey, type SiteAddress, sitePathPrefix } from './siteKey'

export type Site = {
  address: SiteAddress
  /** Null on the brand hub (an unknown host or the platform's own). */
  clinic: Clinic | null
  /** Where this site's links start: '' on its own host, `/clinics/<slug>` on the fallback path. */
  base: string
  /** The public origin used for canonical URLs, sitemaps and structured data. */
  origin: string
}

/** The site a request is for, resolved once per request from the proxy's site key. */
export const getSite = cache(async (siteKey: string): Promise<Site> => {
  const address = parseSiteKey(siteKey)
  const id = await findClinicId(address)
  const clinic = id === undefined ? null : await getClinic(id)
  const { serverUrl } = readEnv()
  // A clinic reached on the fallback path still names its own host as canonical.
  const origin = (clinic && clinicOrigin(clinic, serverUrl)) || serverUrl
  return { address, clinic, base: clinic ? sitePathPrefix(address) : '', origin }
})

/** A link inside the site, honouring the fallback prefix. */
export const sitePath = (site: Pick<Site, 'base'>, path: string) => (path === '/' ? site.base || '/' : `${site.base}${path}`)
