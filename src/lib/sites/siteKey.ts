import { clinicPathBase } from './routes'

/**
 * How a request names its site. The proxy turns the Host (or the `/clinics/<slug>` fallback for
 * tools that cannot set a Host) into the first path segment, so pages are cached per site by path
 * and never read request headers.
 */
export type SiteAddress = { kind: 'host'; hostname: string } | { kind: 'path'; slug: string }

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/
const HOSTNAME = /^[a-z0-9]([a-z0-9.-]{0,252})$/

/** Lower-case hostname without port; anything that is not a plausible hostname becomes `unknown`. */
export const siteKeyForHost = (host: string) => {
  const hostname = host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')
  return HOSTNAME.test(hostname) ? hostname : 'unknown'
}

/** A slug key starts with `~`, which no hostname can. */
export const siteKeyForSlug = (slug: string) => (SLUG.test(slug) ? `~${slug}` : 'unknown')

export const parseSiteKey = (key: string): SiteAddress => {
  const decoded = decodeURIComponent(key)
  return decoded.startsWith('~') ? { kind: 'path', slug: decoded.slice(1) } : { kind: 'host', hostname: decoded }
}

/** The prefix every link of the site needs: none on its own host, `/clinics/<slug>` on the fallback. */
export const sitePathPrefix = (address: SiteAddress) => (address.kind === 'path' ? clinicPathBase(address.slug) : '')
