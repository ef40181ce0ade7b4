import { type NextRequest, NextResponse } from 'next/server'

import { siteKeyForHost, siteKeyForSlug } from '@/lib/sites/siteKey'

const PATH_FALLBACK = /^\/clinics\/([^/]+)(\/.*)?$/

/**
 * Next takes a route folder named `sitemap.xml` for a metadata route and then caches it for no
 * site; served from `sitemap-xml`, each site's sitemap is cached like its pages.
 */
const ROUTE_FOLDERS = new Map([['/sitemap.xml', '/sitemap-xml']])

/** Which clinic is this? The Host decides, or `/clinics/<slug>/…`; the site key becomes the first path segment. */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const fallback = PATH_FALLBACK.exec(pathname)
  const siteKey = fallback ? siteKeyForSlug(fallback[1]) : siteKeyForHost(request.headers.get('host') ?? '')
  const asked = fallback ? (fallback[2] ?? '') : pathname
  const rest = ROUTE_FOLDERS.get(asked) ?? asked
  const url = request.nextUrl.clone()
  url.pathname = `/${siteKey}${rest === '/' ? '' : rest}`
  return NextResponse.rewrite(url)
}

export const config = {
  // Payload's admin and API (preview included) and Next's own files are not clinic pages.
  matcher: ['/((?!admin|api/|api$|_next/|favicon\\.ico).*)'],
}
