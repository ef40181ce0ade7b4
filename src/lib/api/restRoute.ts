import type { SanitizedConfig } from 'payload'

import { asksForDrafts, asPrivateRead, asPublicRead, beyondAnonymousLimits, isAnonymous, isPublicRoute } from './publicReads'

type RestHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const notFound = (request: Request) => Response.json({ message: `Route not found "${new URL(request.url).pathname}"` }, { status: 404 })

/** Payload's own routes below a collection whose first segment is a word, not a document's id. */
const NAMED_ROUTES = new Set(['count', 'access', 'versions', 'file', 'init', 'me', 'login', 'logout', 'refresh-token', 'first-register', 'reset-password', 'unlock', 'forgot-password', 'verify'])
/** Payload's own routes with an id (`/:id`, `/:id/duplicate`, …); a collection's endpoints list them beside its own. */
const ID_ROUTES = new Set(['/:id', '/:id/duplicate', '/:id/api-key/reveal', '/versions/:id', '/access/:id?', '/verify/:id'])
const WHOLE_NUMBER = /^[1-9][0-9]*$/

/** `/api/<collection>/versions…` or `/api/globals/<global>/versions…` of something that keeps no versions. */
const versionsOfUnversioned = (config: SanitizedConfig, [first, second, third]: string[]) => {
  if (first === 'globals') return third === 'versions' && config.globals.some((global) => global.slug === second && !global.versions)
  return second === 'versions' && config.collections.some((collection) => collection.slug === first && !collection.versions)
}

/**
 * The document or version id a route names, where ids are whole numbers: Payload reads it with
 * `parseFloat`, so `/api/faqs/1abc` (or `1%23x`, `1;DROP…`) would be row 1. Undefined for named
 * routes, the collection's own endpoints, and collections whose ids are text.
 */
const numericIdOf = (config: SanitizedConfig, [first, second, third, fourth]: string[]): string | undefined => {
  if (first === 'globals') return third === 'versions' ? fourth : undefined
  const collection = config.collections.find((candidate) => candidate.slug === first)
  const customId = collection?.flattenedFields.find((field) => field.name === 'id')
  if (!collection || (customId && customId.type !== 'number') || second === undefined) return undefined
  if (second === 'versions') return third
  const ownEndpoints = (collection.endpoints || []).filter((endpoint) => !ID_ROUTES.has(endpoint.path)).map((endpoint) => endpoint.path.split('/')[1] ?? '')
  if (NAMED_ROUTES.has(second) || ownEndpoints.includes(second) || ownEndpoints.some((segment) => segment.startsWith(':'))) return undefined
  return second
}

/**
 * Payload's REST handler for /api/*, with four answers put right at the edge:
 * - an id that is not a whole number names no document (404), rather than the one its leading
 *   digits name;
 * - the version routes of a collection or global without versions are no route (Payload would
 *   build a query on a table that does not exist and answer 500);
 * - a route a collection switched off (Payload's own migrations table) is no route either, not 501;
 * - the file route's `prefix` query parameter is dropped: files live under a fixed prefix per
 *   collection (docs/decisions/0005), and Payload would query a field that is not stored (500).
 * And reads are sent as public or private (src/lib/api/publicReads.ts): an anonymous read of
 * published content with its ETag and a shared lifetime, within the anonymous limits; anything
 * else read as JSON with `private, no-store`.
 */
export const restRoute =
  (configPromise: Promise<SanitizedConfig> | SanitizedConfig, handler: RestHandler): RestHandler =>
  async (request, context) => {
    const [config, { slug }] = await Promise.all([configPromise, context.params])
    const id = numericIdOf(config, slug)
    if ((id !== undefined && !WHOLE_NUMBER.test(id)) || versionsOfUnversioned(config, slug)) return notFound(request)
    const url = new URL(request.url)
    let forwarded = request
    if (request.method === 'GET' && url.searchParams.has('prefix')) {
      url.searchParams.delete('prefix')
      forwarded = new Request(url, request)
    }
    if (request.method !== 'GET') return answer(request, await handler(forwarded, context))
    const anonymous = isAnonymous(request)
    const beyondLimits = anonymous ? beyondAnonymousLimits(url) : null
    if (beyondLimits) return Response.json({ errors: [{ message: beyondLimits }] }, { status: 400, headers: { 'cache-control': 'no-store' } })
    const response = answer(request, await handler(forwarded, context))
    if (!(response.headers.get('content-type') ?? '').includes('json')) return response
    return anonymous && isPublicRoute(slug) && !asksForDrafts(url) ? asPublicRead(request, response) : asPrivateRead(response)
  }

const answer = (request: Request, response: Response) => (response.status === 501 ? notFound(request) : response)
