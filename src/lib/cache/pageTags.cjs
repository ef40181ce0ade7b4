// @ts-check
// Which cache tags the page being answered was rendered under, for the caching tier in front of the
// app (Varnish's xkey): Next knows them (its cache entry's `x-next-cache-tags`) but, outside its
// hosted mode, never sends them. The production server runs each request inside `collectPageTags`;
// the cache handler (cacheHandler.cjs) notes the tags of the page entry it reads or writes in that
// request; the tier headers (src/lib/http/tierHeaders.mjs) read them as the answer goes out.
// Plain CommonJS, one store on globalThis: Next loads the cache handler outside the app's bundle.
const { AsyncLocalStorage } = require('node:async_hooks')

const STORAGE = Symbol.for('stipple.pageTags')
// Next's own per-path tags (`_N_T_/london.localhost/faq/page`): nothing here expires by path.
const IMPLICIT = '_N_T_'

/** @typedef {{ tags: Set<string> | null }} Collected */

/** @returns {AsyncLocalStorage<Collected>} */
const storage = () => {
  const store = /** @type {Record<symbol, AsyncLocalStorage<Collected> | undefined>} */ (/** @type {unknown} */ (globalThis))
  return (store[STORAGE] ??= new AsyncLocalStorage())
}

/**
 * @template T
 * @param {() => T} answer handles one request
 * @returns {T}
 */
const collectPageTags = (answer) => storage().run({ tags: null }, answer)

/**
 * Notes the tags of a rendered page or route (not of a data read) served or stored in this request.
 * @param {{ kind?: string, headers?: Record<string, unknown> } | null | undefined} value
 */
const notePageTags = (value) => {
  const collected = storage().getStore()
  const header = value?.headers?.['x-next-cache-tags']
  if (!collected || (value?.kind !== 'APP_PAGE' && value?.kind !== 'APP_ROUTE') || typeof header !== 'string') return
  collected.tags ??= new Set()
  for (const tag of header.split(',')) if (tag && !tag.startsWith(IMPLICIT)) collected.tags.add(tag)
}

/** @returns {string[] | null} the tags noted in this request, null when no cached page was seen */
const pageTagsOfThisRequest = () => {
  const tags = storage().getStore()?.tags
  return tags ? [...tags] : null
}

module.exports = { collectPageTags, notePageTags, pageTagsOfThisRequest }
