// @ts-check
// Plain JavaScript (checked by TypeScript through these JSDoc types) because the production server
// (scripts/serve.mjs) loads it outside the app's bundle, without a TypeScript loader: such a loader
// would sit in the path of every request (Next imports its cache handler per request).
import { nextCacheControl } from '../http/tierHeaders.mjs'
import { expiriesSoFar } from './expiryCounts.cjs'

/**
 * A page cache in front of Next, in the same process: a clinic page Next serves from its own
 * cache is kept here as the exact bytes it sent (compressed or not), and the next visitor gets
 * those bytes without Next's routing and rendering machinery — several times faster.
 *
 * It only keeps what Next itself calls cacheable (`x-nextjs-cache` and a shared max-age, no
 * cookies set), never previews, client-side navigation payloads or anything with a query string.
 * Every expiry Next performs (an edit, here or on another instance through Redis) empties it: the
 * cache handler counts expiries (`cacheHandler.cjs`), and an entry is only served while that count
 * is what it was when the entry's request began.
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {{ status: number, headers: import('node:http').OutgoingHttpHeaders, body: Buffer, expiries: number, freshUntil: number }} Entry */
/**
 * @typedef {object} PageCacheOptions
 * @property {number} maxBytes Memory the cached pages may take.
 * @property {number} maxAgeSeconds A ceiling on how long a page is served from here, whatever Next's own lifetime for it.
 * @property {() => number} [now]
 */
/**
 * What one cache keeps: which requests it answers (their key, or null) and for how long a response may be kept (or null).
 * @typedef {{ keyOf: (req: IncomingMessage) => string | null, lifetimeOf: (res: ServerResponse) => number | null, revalidates: boolean }} Policy
 */

const NEXT_PAYLOAD_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', 'next-url']
const NOT_PAGES = /^\/(?:_next|api|admin|healthz|readyz)(?:\/|$)/
const PREVIEW_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])
const PAGE_BYTES_LIMIT = 2 * 1024 * 1024

/**
 * Whether the visitor accepts this content coding (`gzip;q=0` refuses it, `*` accepts it unless named).
 * @param {string} acceptEncoding @param {string} coding
 */
const accepts = (acceptEncoding, coding) => {
  let wildcard = false
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...parameters] = part.trim().split(';')
    const refused = parameters.some((parameter) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(parameter))
    if (name?.trim() === coding) return !refused
    if (name?.trim() === '*') wildcard = !refused
  }
  return wildcard
}

/**
 * The coding a kept page is looked up in: what Next's compression gives such a visitor (gzip
 * before deflate, else none). Entries are stored under the coding Next actually used, so a visitor
 * never gets bytes it did not ask for, and a page has at most three variants however many ways
 * browsers (or bots) spell Accept-Encoding.
 * @param {IncomingMessage} req
 */
const wantedCoding = (req) => {
  const acceptEncoding = String(req.headers['accept-encoding'] ?? '')
  return accepts(acceptEncoding, 'gzip') ? 'gzip' : accepts(acceptEncoding, 'deflate') ? 'deflate' : 'identity'
}

/**
 * The site part of the key: the hostname as the proxy reads it (case, port and a final dot do not
 * make another site), so spellings of one host share their pages.
 * @param {IncomingMessage} req
 */
const siteOf = (req) => String(req.headers.host ?? '').trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')

/**
 * A plain page view: no preview, no query, no navigation payload. Only these are looked up or kept.
 * @param {IncomingMessage} req
 * @returns {string | null} the key without its coding
 */
const pageOf = (req) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  const url = req.url ?? ''
  if (url.includes('?') || NOT_PAGES.test(url)) return null
  const { headers } = req
  if (NEXT_PAYLOAD_HEADERS.some((name) => headers[name] !== undefined)) return null
  if (headers.cookie && PREVIEW_COOKIE.test(headers.cookie)) return null
  return `${siteOf(req)} ${url}`
}

/**
 * Next's own verdict on the response: cached by it, shared, and the same for every visitor.
 * @param {ServerResponse} res
 * @returns {number | null} seconds it may be shared
 */
const sharedLifetimeSeconds = (res) => {
  if (res.statusCode !== 200 || res.getHeader('set-cookie') !== undefined) return null
  const nextCache = String(res.getHeader('x-nextjs-cache') ?? '')
  if (nextCache !== 'HIT' && nextCache !== 'MISS') return null
  // Next's own lifetime, not the short one the outside world is told (tierHeaders.mjs).
  const cacheControl = nextCacheControl(res)
  if (/\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return null
  const sMaxAge = /\bs-maxage=(\d+)/.exec(cacheControl)
  return sMaxAge ? Number(sMaxAge[1]) : null
}

const SIGNED_IN = /(?:^|;\s*)payload-token=/

/**
 * An anonymous read through the API (no session cookie, no Authorization header), keyed by its
 * address alone: the API answers the same on every host. A browser's cross-origin read (with an
 * `Origin`) is left to the app, whose CORS answer depends on that origin.
 * @param {IncomingMessage} req
 * @returns {string | null}
 */
const apiReadOf = (req) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  const url = req.url ?? ''
  if (!url.startsWith('/api/')) return null
  if (req.headers.authorization !== undefined || SIGNED_IN.test(req.headers.cookie ?? '') || req.headers.origin !== undefined) return null
  return url
}

/**
 * The app's verdict on an API answer (src/lib/api/publicReads.ts): public, with its ETag.
 * @param {ServerResponse} res
 * @returns {number | null} seconds it may be shared
 */
const publicReadLifetimeSeconds = (res) => {
  if (res.statusCode !== 200 || res.getHeader('set-cookie') !== undefined || res.getHeader('etag') === undefined) return null
  const cacheControl = nextCacheControl(res)
  if (!/\bpublic\b/.test(cacheControl) || /\b(?:private|no-store|no-cache)\b/.test(cacheControl)) return null
  const sMaxAge = /\bs-maxage=(\d+)/.exec(cacheControl)
  return sMaxAge ? Number(sMaxAge[1]) : null
}

/** @param {string | undefined} ifNoneMatch @param {unknown} etag */
const alreadyHeld = (ifNoneMatch, etag) =>
  typeof ifNoneMatch === 'string' && typeof etag === 'string' && ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || candidate.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))

/** @type {Policy} */
const PAGES = { keyOf: pageOf, lifetimeOf: sharedLifetimeSeconds, revalidates: false }
/** @type {Policy} */
const PUBLIC_READS = { keyOf: apiReadOf, lifetimeOf: publicReadLifetimeSeconds, revalidates: true }

/** @param {PageCacheOptions} options */
export const createPageCache = (options) => createResponseCache(options, PAGES)

/**
 * The API's public answers, kept as the pages are and emptied by the same expiries, in a budget
 * of their own: a flood of made-up query strings can only push out other API answers, never pages.
 * @param {PageCacheOptions} options
 */
export const createApiReadCache = (options) => createResponseCache(options, PUBLIC_READS)

/** @param {PageCacheOptions} options @param {Policy} policy */
const createResponseCache = ({ maxBytes, maxAgeSeconds, now = Date.now }, policy) => {
  /** @type {Map<string, Entry>} */
  const entries = new Map()
  let bytes = 0
  let seenExpiries = expiriesSoFar()

  /** @param {string} key */
  const remove = (key) => {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.body.length
    entries.delete(key)
  }

  /** @param {string} key */
  const lookup = (key) => {
    const expiries = expiriesSoFar()
    if (expiries !== seenExpiries) {
      entries.clear()
      bytes = 0
      seenExpiries = expiries
      return undefined
    }
    const entry = entries.get(key)
    if (!entry) return undefined
    if (entry.freshUntil <= now()) {
      remove(key)
      return undefined
    }
    // Most recently used last, so the oldest-used go first when memory runs short.
    entries.delete(key)
    entries.set(key, entry)
    return entry
  }

  /** @param {string} key @param {Entry} entry */
  const keep = (key, entry) => {
    // An expiry while Next was answering may mean these bytes are already out of date.
    if (entry.expiries !== expiriesSoFar() || entry.body.length > PAGE_BYTES_LIMIT) return
    remove(key)
    entries.set(key, entry)
    bytes += entry.body.length
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break
      remove(oldest)
    }
  }

  /** @param {IncomingMessage} req @param {ServerResponse} res @param {Entry} entry */
  const replay = (req, res, entry) => {
    if (policy.revalidates && alreadyHeld(req.headers['if-none-match'], entry.headers.etag)) {
      const { etag, 'cache-control': cacheControl, vary } = entry.headers
      res.writeHead(304, { etag, 'cache-control': cacheControl, vary, 'x-stipple-cache': 'HIT' })
      res.end()
      return
    }
    res.writeHead(entry.status, { ...entry.headers, 'content-length': entry.body.length, 'x-stipple-cache': 'HIT' })
    res.end(req.method === 'HEAD' ? undefined : entry.body)
  }

  /**
   * Copies what Next writes, to keep it if Next's headers say it may be shared.
   * @param {string} page @param {ServerResponse} res
   */
  const record = (page, res) => {
    const expiries = expiriesSoFar()
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    /** @param {unknown} chunk @param {unknown} encoding */
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > PAGE_BYTES_LIMIT) return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
          : Buffer.from(/** @type {Uint8Array} */ (chunk))
      chunks.push(buffer)
      size += buffer.length
    }
    const write = /** @type {(...args: unknown[]) => boolean} */ (res.write)
    const end = /** @type {(...args: unknown[]) => ServerResponse} */ (res.end)
    res.write = /** @type {ServerResponse['write']} */ (
      /** @this {ServerResponse} @param {unknown} chunk @param {...unknown} rest */
      function (chunk, ...rest) {
        collect(chunk, rest[0])
        return write.call(this, chunk, ...rest)
      }
    )
    res.end = /** @type {ServerResponse['end']} */ (
      /** @this {ServerResponse} @param {unknown} [chunk] @param {...unknown} rest */
      function (chunk, ...rest) {
        collect(chunk, rest[0])
        return end.call(this, chunk, ...rest)
      }
    )
    res.once('finish', () => {
      const lifetime = policy.lifetimeOf(res)
      if (lifetime === null || lifetime <= 0) return
      const headers = Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !NOT_REPLAYED.has(name)))
      keep(`${page} ${String(res.getHeader('content-encoding') ?? 'identity').toLowerCase()}`, { status: res.statusCode, headers, body: Buffer.concat(chunks), expiries, freshUntil: now() + 1000 * Math.min(lifetime, maxAgeSeconds) })
    })
  }

  return {
    /**
     * Answers from the cache, or passes the request to `next` (Next's handler) and keeps its answer when it may.
     * @param {IncomingMessage} req @param {ServerResponse} res @param {() => unknown} next
     */
    serve: (req, res, next) => {
      const page = policy.keyOf(req)
      if (page === null) return next()
      const entry = lookup(`${page} ${wantedCoding(req)}`)
      if (entry) return replay(req, res, entry)
      // A HEAD has no body to keep; the GET after it will fill the entry.
      if (req.method === 'GET') record(page, res)
      return next()
    },
    stats: () => ({ pages: entries.size, bytes }),
  }
}
