import { type NextRequest, NextResponse } from 'next/server'

import { readEnv } from '@/lib/env'
import { liveSites } from '@/lib/sites/liveSites'
import { platformOf, siteRoute, STRAY_REDIRECT_PATH, STRAY_TARGET_HEADER } from '@/lib/sites/siteRoute'

let platform: ReturnType<typeof platformOf> | undefined

/**
 * Which clinic is this? The Host decides, or `/clinics/<slug>/…`; the site key becomes the first
 * path segment. Anything that is no live site is sent to the platform (src/lib/sites/siteRoute.ts).
 */
export async function proxy(request: NextRequest) {
  platform ??= platformOf(readEnv().serverUrl, process.env.NODE_ENV === 'development')
  const { pathname, search } = request.nextUrl
  const route = siteRoute({ host: request.headers.get('host') ?? '', pathname, search }, platform, await liveSites())
  const url = request.nextUrl.clone()
  if ('redirect' in route) {
    url.pathname = STRAY_REDIRECT_PATH
    url.search = ''
    const headers = new Headers(request.headers)
    headers.set(STRAY_TARGET_HEADER, route.redirect)
    return NextResponse.rewrite(url, { request: { headers } })
  }
  url.pathname = route.rewrite
  return NextResponse.rewrite(url)
}

export const config = {
  // Payload's admin and API (preview included), Next's own files and the health checks are not clinic
  // pages; the consultation form's endpoint, the visitor's booking page and the review form find
  // their clinic themselves (src/app/(sites)/leadEndpoint.ts, bookingManageEndpoint.ts, reviewEndpoint.ts).
  matcher: ['/((?!admin|api/|api$|_next/|favicon\\.ico|healthz$|readyz$|book/request$|clinics/[a-z0-9-]+/book/request$|book/manage$|clinics/[a-z0-9-]+/book/manage$|review$|clinics/[a-z0-9-]+/review$).*)'],
}
