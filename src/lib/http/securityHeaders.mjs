// @ts-check
/**
 * The security headers of every response, in one place: the production server applies them to
 * each response (with the page's own inline-script hashes, see secureResponses.mjs), `next dev`
 * gets the same set through next.config.ts (with the allowances its tooling needs). Plain
 * JavaScript for the production server, which runs without a TypeScript loader.
 */

/**
 * Where a request lands: the clinic sites and brand hub, Payload's admin, the API, or Next's own
 * files (scripts, styles, optimised images).
 * @typedef {'site' | 'admin' | 'api' | 'asset'} Area
 */

/**
 * @typedef {object} HeaderContext
 * @property {Area} area
 * @property {string} serverUrl SERVER_URL: the admin's origin, the only one that may frame a site (live preview)
 * @property {boolean} document the response is an HTML page (gets the page policy; anything else gets none of the page's sources)
 * @property {boolean} [platformHost] the request came to SERVER_URL's own host
 * @property {string[]} [scriptHashes] `sha256-…` of the page's inline scripts
 * @property {boolean} [development] `next dev`: its overlay and hot reload need eval, inline scripts and a websocket
 */

/** @param {string} pathname @returns {Area} */
export const areaOf = (pathname) => {
  if (/^\/admin(?:\/|$)/.test(pathname)) return 'admin'
  if (/^\/api(?:\/|$)/.test(pathname)) return 'api'
  if (pathname.startsWith('/_next/')) return 'asset'
  return 'site'
}

// What a site page uses: its own scripts, styles (inline style attributes included: the clinic's
// colours are set that way), images (next/image blur placeholders are data: URLs), fonts, its
// own endpoints (the lead form), and the visitor's position for the clinic finder.
const PAGE_SOURCES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
  "worker-src 'self' blob:",
]

/** Anything that is not a page (JSON, files, sitemaps) loads nothing and is framed by no one. */
const NOT_A_PAGE = "default-src 'none'; frame-ancestors 'none'"

/** @param {HeaderContext} context */
const scriptSources = ({ scriptHashes = [], development = false }) =>
  development ? "'self' 'unsafe-inline' 'unsafe-eval'" : ["'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' ')

/**
 * The Content-Security-Policy of a response, or undefined where Next sets its own (optimised images).
 * @param {HeaderContext} context
 * @returns {string | undefined}
 */
export const contentSecurityPolicy = (context) => {
  const { area, document, serverUrl, development = false } = context
  if (area === 'asset') return undefined
  if (!document) return development && area === 'api' ? undefined : NOT_A_PAGE
  const admin = new URL(serverUrl).origin
  const directives = [
    ...PAGE_SOURCES,
    `script-src ${scriptSources(context)}`,
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    // The admin shows a site's preview in a frame (live preview); a site is framed by the admin alone.
    area === 'admin' ? `frame-src 'self' ${admin}` : "frame-src 'none'",
    area === 'admin' ? "frame-ancestors 'none'" : `frame-ancestors ${admin}`,
  ]
  if (serverUrl.startsWith('https://') && !development) directives.push('upgrade-insecure-requests')
  return directives.join('; ')
}

/**
 * Every security header of a response except the Content-Security-Policy.
 * @param {HeaderContext} context
 * @returns {Record<string, string>}
 */
export const securityHeaders = ({ area, serverUrl, platformHost = false }) => {
  /** @type {Record<string, string>} */
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The clinic finder may ask for the visitor's position; nothing else asks for any device.
    'Permissions-Policy': `camera=(), microphone=(), payment=(), usb=(), serial=(), hid=(), browsing-topics=(), geolocation=(${area === 'site' ? 'self' : ''})`,
  }
  // X-Frame-Options cannot name the admin's origin: a site says SAMEORIGIN only where that is the
  // admin's (live preview runs there) and leaves the rest to frame-ancestors.
  if (area === 'admin' || area === 'api') headers['X-Frame-Options'] = 'DENY'
  else if (area === 'site' && platformHost) headers['X-Frame-Options'] = 'SAMEORIGIN'
  // Browsers ignore it over http; on https it keeps them from ever trying http again (a year).
  if (serverUrl.startsWith('https://')) headers['Strict-Transport-Security'] = 'max-age=31536000'
  return headers
}
