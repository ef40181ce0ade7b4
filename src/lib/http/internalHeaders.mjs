// @ts-check
/**
 * Headers Next sets for its own machinery that tell a visitor how the app is routed inside:
 * `x-middleware-rewrite: /london.localhost/faq`, matched route files, cache tags. They are taken
 * off every response before it leaves the server.
 *
 * Kept: what Next's client router reads from its own requests — the rendered path of a rewritten
 * navigation payload (`x-nextjs-rewritten-path`, from which it reads the site segment), stale
 * times, prerender and server-action markers — and `x-nextjs-cache`, a cache state like any CDN's.
 * A page (HTML) needs none of the client's, so it gets none.
 */

/** @typedef {import('node:http').ServerResponse} ServerResponse */

const ROUTING = /^(?:x-middleware-|x-matched-path$|x-nextjs-matched-path$|x-next-cache-tags$|x-powered-by$)/i
const FOR_THE_CLIENT_ROUTER = /^x-nextjs-rewritten-(?:path|query)$/i

/**
 * @param {string} name
 * @param {boolean} document the response is an HTML page
 */
export const isInternalHeader = (name, document) => ROUTING.test(name) || (document && FOR_THE_CLIENT_ROUTER.test(name))

/**
 * Removes Next's internal headers from the response about to be sent.
 * @param {ServerResponse} res @param {boolean} document
 */
export const removeInternalHeaders = (res, document) => {
  for (const name of res.getHeaderNames()) if (isInternalHeader(name, document)) res.removeHeader(name)
}
