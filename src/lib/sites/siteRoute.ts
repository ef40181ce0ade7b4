import type { LiveSites } from './liveSites'
import { siteKeyForHost, siteKeyForSlug } from './siteKey'

/** Where the platform itself answers: the brand hub, the admin and the API. */
export type Platform = {
  /** SERVER_URL's origin: where strays are sent. */
  origin: string
  /** The hub's site key, the same for every hostname in `hostnames`. */
  hubKey: string
  hostnames: ReadonlySet<string>
}

export type SiteRoute = { rewrite: string } | { redirect: string }

/**
 * Strays are answered by a route handler (src/app/(platform)/stray-redirect): a redirect made in
 * the proxy itself is rewritten by Next into a relative one when SERVER_URL's host is the one Next
 * listens on (`localhost:3000` in development and docker-compose), which would send the stray to
 * itself. The proxy hands the absolute target over in a request header.
 */
export const STRAY_REDIRECT_PATH = '/stray-redirect'
export const STRAY_TARGET_HEADER = 'x-stipple-stray-target'

/** A stray's permanent redirect; browsers keep it for an hour, so a hostname added later is reached again within the hour. */
export const strayRedirect = (target: string) => new Response(null, { status: 308, headers: { Location: target, 'Cache-Control': 'public, max-age=3600' } })

const PATH_FALLBACK = /^\/clinics\/([^/]+)(\/.*)?$/

/**
 * Next takes a route folder named `sitemap.xml` for a metadata route and then caches it for no
 * site; served from `sitemap-xml`, each site's sitemap is cached like its pages.
 */
const ROUTE_FOLDERS = new Map([['/sitemap.xml', '/sitemap-xml']])

/** Loopback names reach a developer's own machine only: there they are the hub, as `localhost` is. */
const DEVELOPMENT_HOSTNAMES = ['localhost', '127.0.0.1']

export const platformOf = (serverUrl: string, development: boolean): Platform => {
  const { origin, hostname } = new URL(serverUrl)
  const hubKey = siteKeyForHost(hostname)
  return { origin, hubKey, hostnames: new Set([hubKey, ...(development ? DEVELOPMENT_HOSTNAMES : [])]) }
}

const pathOf = (siteKey: string, asked: string) => {
  const rest = ROUTE_FOLDERS.get(asked) ?? asked
  return `/${siteKey}${rest === '/' ? '' : rest}`
}

/**
 * Which site a request is for, as a path whose first segment is the site key (docs/decisions/0003),
 * or a permanent redirect to the platform for anything that is no live site: a Host no live
 * clinic lists (and not the platform's own), or `/clinics/<slug>` of no live clinic. Strays are
 * never rendered, so they add nothing to any cache (see the decision record on unknown hosts). Without a list of live
 * sites (the database has not answered yet) every request is routed as it asks.
 */
export const siteRoute = (
  request: { host: string; pathname: string; search: string },
  platform: Platform,
  sites: LiveSites | undefined,
): SiteRoute => {
  const hostname = siteKeyForHost(request.host)
  const clinicHost = !sites || sites.hostnames.has(hostname)
  if (!clinicHost && !platform.hostnames.has(hostname)) return { redirect: `${platform.origin}${request.pathname}${request.search}` }

  const fallback = PATH_FALLBACK.exec(request.pathname)
  if (fallback) {
    const [, slug = '', rest = ''] = fallback
    if (sites && !sites.slugs.has(slug)) return { redirect: `${platform.origin}/` }
    return { rewrite: pathOf(siteKeyForSlug(slug), rest) }
  }
  return { rewrite: pathOf(clinicHost ? hostname : platform.hubKey, request.pathname) }
}
