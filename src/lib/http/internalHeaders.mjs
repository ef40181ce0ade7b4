// @ts-check
/**
 * Headers Next sets for its own machinery: they name internal routes (`x-middleware-rewrite:
 * /london.localhost/faq`), cache states and cache tags. They are taken off every response before it
 * leaves the server; the page cache still reads Next's verdict through `internalHeader`.
 */

/** @typedef {import('node:http').ServerResponse} ServerResponse */

const INTERNAL = /^(?:x-middleware-|x-nextjs-|x-next-cache-tags$|x-matched-path$|x-powered-by$)/i
const TAKEN = Symbol.for('stipple.internalHeaders')

/** @param {string} name */
export const isInternalHeader = (name) => INTERNAL.test(name)

/**
 * Removes Next's internal headers from the response about to be sent, keeping their values aside.
 * @param {ServerResponse} res
 */
export const takeInternalHeaders = (res) => {
  /** @type {Record<string, unknown>} */
  const taken = {}
  for (const name of res.getHeaderNames()) {
    if (!isInternalHeader(name)) continue
    taken[name] = res.getHeader(name)
    res.removeHeader(name)
  }
  /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (res))[TAKEN] = taken
}

/**
 * A header Next set, whether or not it was taken off before sending.
 * @param {ServerResponse} res @param {string} name lower case
 */
export const internalHeader = (res, name) => {
  const taken = /** @type {Record<symbol, Record<string, unknown> | undefined>} */ (/** @type {unknown} */ (res))[TAKEN]
  return taken && name in taken ? taken[name] : res.getHeader(name)
}
