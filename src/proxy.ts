import { type NextRequest, NextResponse } from 'next/server'

import { siteKeyForHost, siteKeyForSlug } from '@/lib/sites/siteKey'

const PATH_FALLBACK = /^\/clinics\/([^/]+)(\/.*)?$/

/** Which clinic is this? The Host decides, or `/clinics/<slug>/…`; the site key becomes the first path segment. */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const fallback = PATH_FALLBACK.exec(pathname)
  const siteKey = fallback ? siteKeyForSlug(fallback[1]) : siteKeyForHost(request.headers.get('host') ?? '')
  const rest = fallback ? (fallback[2] ?? '') : pathname
  const url = request.nextUrl.clone()
  url.pathname = `/${siteKey}${rest === '/' ? '' : rest}`
  return NextResponse.rewrite(url)
}

export const config = {
  // Payload's admin and API (preview included) and Next's own files are not clinic pages.
  matcher: ['/((?!admin|api/|api$|_next/|favicon\\.ico).*)'],
}
