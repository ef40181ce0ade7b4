// @ts-check
import { pageTagsOfThisRequest } from '../cache/pageTags.cjs'

/**
 * The lifetime headers the outside world gets (docs/decisions/0015-cache-tags-and-purging.md).
 *
 * Next marks a page it keeps with `s-maxage=31536000`: right for its own cache, which hears every
 * expiry, wrong for a CDN, which would serve the page for a year after an edit. So a shared answer
 * leaves the server with a short shared lifetime (`s-maxage=60, stale-while-revalidate=300`): any
 * cache a user puts in front stays within minutes of the truth. With a caching tier configured
 * (CDN_PURGE_URLS), which every expiry also purges, the page additionally names its cache tags
 * (`xkey`) and a long lifetime meant for the tier alone (`Surrogate-Control`); the tier keeps the
 * page until a purge names one of its tags and takes both headers off before visitors see them.
 * Next's own verdict is kept on the response for the page cache in front of Next (`nextCacheControl`).
 */

/** @typedef {import('node:http').ServerResponse} ServerResponse */

/** What any shared cache may do with a page, tier or not. */
const SHARED_SECONDS = 60
const STALE_SECONDS = 300
/**
 * How long the tier keeps a page no purge has named. A day rather than Next's year: if a tier misses
 * every retry of a purge (it was away longer than the retries last), the page is wrong for a day at most.
 */
const TIER_SECONDS = 86_400

const NEXT_CACHE_CONTROL = Symbol.for('stipple.nextCacheControl')

/** @param {ServerResponse} res */
const storeOf = (res) => /** @type {Record<symbol, string | undefined>} */ (/** @type {unknown} */ (res))

/**
 * The Cache-Control Next gave the response, before it was rewritten for the outside world.
 * @param {ServerResponse} res
 */
export const nextCacheControl = (res) => storeOf(res)[NEXT_CACHE_CONTROL] ?? String(res.getHeader('cache-control') ?? '')

/**
 * Rewrites a shared answer's lifetime for the outside world; private and uncached answers are left as they are.
 * @param {ServerResponse} res
 */
const shortenLifetime = (res) => {
  if (storeOf(res)[NEXT_CACHE_CONTROL] !== undefined) return
  const cacheControl = String(res.getHeader('cache-control') ?? '')
  const shared = /\bs-maxage=(\d+)/.exec(cacheControl)
  if (!shared || /\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return
  storeOf(res)[NEXT_CACHE_CONTROL] = cacheControl
  // What it says to browsers (an API read's `max-age=0, must-revalidate`) stays as it is.
  const forBrowsers = cacheControl.split(',').map((directive) => directive.trim()).filter((directive) => directive && !/^(?:s-maxage|stale-while-revalidate)=/i.test(directive))
  res.setHeader('Cache-Control', [...forBrowsers, `s-maxage=${Math.min(Number(shared[1]), SHARED_SECONDS)}`, `stale-while-revalidate=${STALE_SECONDS}`].join(', '))
}

/**
 * Names the page's cache tags for the tier, once they are known (a page Next renders now is stored,
 * and its tags seen, only when the render is complete).
 * @param {ServerResponse} res
 */
const tagForTier = (res) => {
  if (storeOf(res)[NEXT_CACHE_CONTROL] === undefined || res.statusCode !== 200 || res.hasHeader('set-cookie')) return
  // A page whose tags are not known here (a request Next answered together with another one) is
  // not for the tier to keep: no purge could name it.
  const tags = pageTagsOfThisRequest()
  if (!tags || tags.length === 0) return
  res.setHeader('xkey', tags.join(' '))
  res.setHeader('Surrogate-Control', `max-age=${TIER_SECONDS}`)
}

/**
 * @param {{ withTier: boolean }} options
 * @returns {(res: ServerResponse) => void} call after secureResponses and before Next writes anything
 */
export const tierHeaders = ({ withTier }) => (res) => {
  const writeHead = /** @type {(...args: unknown[]) => ServerResponse} */ (res.writeHead)
  const end = /** @type {(...args: unknown[]) => ServerResponse} */ (res.end)
  /** @param {ServerResponse} response */
  const apply = (response) => {
    if (response.headersSent) return
    shortenLifetime(response)
    if (withTier) tagForTier(response)
  }
  res.writeHead = /** @type {ServerResponse['writeHead']} */ (
    /** @this {ServerResponse} @param {number} status @param {...unknown} rest */
    function (status, ...rest) {
      // writeHead(status, [message], [headers]): the headers join those set one by one, so all are seen here.
      const headers = typeof rest[0] === 'string' ? rest[1] : rest[0]
      if (headers && typeof headers === 'object') {
        const entries = Array.isArray(headers) ? Array.from({ length: headers.length / 2 }, (_, i) => [headers[2 * i], headers[2 * i + 1]]) : Object.entries(headers)
        for (const [name, value] of entries) if (value !== undefined) res.setHeader(String(name), /** @type {string | number | string[]} */ (value))
      }
      res.statusCode = status
      apply(res)
      return writeHead.call(this, status, ...(typeof rest[0] === 'string' ? [rest[0]] : []))
    }
  )
  res.end = /** @type {ServerResponse['end']} */ (
    /** @this {ServerResponse} @param {unknown} [chunk] @param {...unknown} rest */
    function (chunk, ...rest) {
      // A page held until complete (secureResponses) is written only now.
      apply(this)
      return end.call(this, chunk, ...rest)
    }
  )
}
