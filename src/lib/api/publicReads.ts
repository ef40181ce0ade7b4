import { createHash } from 'node:crypto'

/*
 * What anyone may read through the API without signing in, and how such answers are sent: the
 * same for every anonymous reader, so they may be kept — by the page cache in front of Next
 * (src/lib/cache/pageCache.mjs), by browsers (revalidating with the ETag) and for a minute by any
 * shared cache. Everything else through the API is private and never kept. docs/api.md lists it.
 */

/** Collections and globals whose read rules let visitors see (part of) them. */
export const PUBLIC_COLLECTIONS = new Set(['clinics', 'treatments', 'faqs', 'case-studies', 'pages', 'team-members', 'media'])
export const PUBLIC_GLOBALS = new Set(['brand-settings', 'legal-texts'])

/** The most documents one anonymous request may ask for; `pagination=false` (all of them) is refused. */
export const ANONYMOUS_LIMIT = 100

/** How long a cache in front may keep an answer (this server's own cache keeps it until an edit). */
export const PUBLIC_READ_CACHE_CONTROL = 'public, max-age=0, must-revalidate, s-maxage=3600'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'
// A signed-in reader's request carries Authorization or Cookie, and the CORS answer depends on Origin:
// a cache in front must not answer such a request with a visitor's copy.
export const PUBLIC_READ_VARY = 'Accept-Encoding, Authorization, Cookie, Origin'

/** Signed in through either of Payload's ways: its session cookie or an Authorization header (JWT or API key). */
export const isAnonymous = (request: Request) => !request.headers.has('authorization') && !/(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? '')

/** `/api/<collection>` and `/api/<collection>/<id>` of a public collection, `/api/globals/<global>`. */
export const isPublicRoute = (segments: string[]) => {
  const [first, second, third] = segments
  if (first === 'globals') return second !== undefined && PUBLIC_GLOBALS.has(second) && third === undefined
  return first !== undefined && PUBLIC_COLLECTIONS.has(first) && segments.length <= 2 && second !== 'count'
}

/** Drafts exist for editors (and the preview); a draft read is never a public one. */
export const asksForDrafts = (url: URL) => !['', 'false', '0', null].includes(url.searchParams.get('draft'))

/** The anonymous limits, as a refusal to send, or null when the request stays within them. */
export const beyondAnonymousLimits = (url: URL): string | null => {
  if (url.searchParams.get('pagination') === 'false') return 'pagination=false is not available without signing in: page through the results (limit ≤ 100).'
  const limit = url.searchParams.get('limit')
  if (limit !== null && (!/^\d+$/.test(limit) || Number(limit) === 0 || Number(limit) > ANONYMOUS_LIMIT)) {
    return `limit must be a whole number from 1 to ${ANONYMOUS_LIMIT} without signing in.`
  }
  return null
}

const etagOf = (body: ArrayBuffer) => `W/"${createHash('sha256').update(new Uint8Array(body)).digest('base64url').slice(0, 32)}"`

const matches = (ifNoneMatch: string | null, etag: string) =>
  ifNoneMatch !== null && ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || candidate.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))

/**
 * A public answer as it leaves: with its ETag (304 when the reader has it already), the lifetime
 * caches may keep it for, and what it varies by. Answers other than 200 are private.
 */
export const asPublicRead = async (request: Request, response: Response): Promise<Response> => {
  const headers = new Headers(response.headers)
  if (response.status !== 200 || headers.has('set-cookie')) {
    headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
    return new Response(response.body, { status: response.status, headers })
  }
  const body = await response.arrayBuffer()
  const etag = etagOf(body)
  headers.set('ETag', etag)
  headers.set('Cache-Control', PUBLIC_READ_CACHE_CONTROL)
  headers.set('Vary', PUBLIC_READ_VARY)
  if (matches(request.headers.get('if-none-match'), etag)) {
    headers.delete('content-length')
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(body, { status: 200, headers })
}

/** A signed-in or otherwise private answer: no cache anywhere keeps it. */
export const asPrivateRead = (response: Response): Response => {
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
