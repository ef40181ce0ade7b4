// @ts-check
// How many times Next has expired cached pages in this process, in all and per tag. The cache
// handler (cacheHandler.cjs) counts; the page cache in front of Next (pageCache.mjs) and the
// proxy's list of live sites (src/lib/sites/liveSites.ts) read. The counts live on globalThis
// because each of them may load its own copy of this module (Next bundles the proxy).
// Plain CommonJS: the cache handler is loaded by Next outside the app's bundle.

const COUNTS = Symbol.for('stipple.expiryCounts')

/** @typedef {{ all: number, byTag: Map<string, number> }} ExpiryCounts */

/** @returns {ExpiryCounts} */
const counts = () => {
  const store = /** @type {Record<symbol, ExpiryCounts | undefined>} */ (/** @type {unknown} */ (globalThis))
  return (store[COUNTS] ??= { all: 0, byTag: new Map() })
}

/** @param {Iterable<string>} tags */
const countExpiry = (tags) => {
  const state = counts()
  state.all += 1
  for (const tag of tags) state.byTag.set(tag, (state.byTag.get(tag) ?? 0) + 1)
}

/** @returns {number} every expiry so far */
const expiriesSoFar = () => counts().all

/** @param {string} tag @returns {number} the expiries of this tag so far */
const expiriesOf = (tag) => counts().byTag.get(tag) ?? 0

module.exports = { countExpiry, expiriesSoFar, expiriesOf }
