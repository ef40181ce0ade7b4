// @ts-check
// Plain JavaScript (checked by TypeScript through JSDoc) for the same reason as pageCache.mjs: the
// production server (scripts/serve.mjs) loads it outside the app's bundle.
import http from 'node:http'

import { expiriesSoFar } from '../cache/expiryCounts.cjs'

/*
 * Next's image optimizer (`/_next/image?url=/api/media/file/…`) fetches a local image as an
 * anonymous visitor, keeps the optimised copy in its own cache, and goes on serving that copy when
 * a later fetch of the source is refused (it keeps the last good answer). An image that was public
 * and became private — its case study unpublished — would stay readable there. So before Next
 * answers, the production server asks the source itself, without cookies, whether a visitor may
 * read it now. An answer is remembered until the next expiry (an edit, here, on another instance or
 * by the jobs worker — every change of a photo's privacy is one), so an unpublished photo is
 * refused as soon as its change is announced; and 30 s at most, in case an announcement is lost.
 * Asking costs a trip through Payload's file route (tens of ms): asked on every optimizer request,
 * as it was with a 1 s memory, it was most of a phone's wait for a page's main photo.
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {(source: string) => Promise<number>} AskSource */
/**
 * @typedef {object} ImageGateOptions
 * @property {AskSource} ask Status a visitor gets for the source (a path on this server).
 * @property {number} [rememberMs] How long one answer is reused.
 * @property {number} [maxRemembered] How many answers are kept at most.
 * @property {() => number} [now]
 */

const OPTIMIZER = '/_next/image'
const BUILD_ASSETS = '/_next/static/'

/**
 * The local image an optimizer request asks for, read as Next reads it (a WHATWG URL with leading
 * slashes folded, any path that starts with /_next/image, the `url` parameter); `undefined` when
 * there is nothing to check — not the optimizer, build assets, or a request Next refuses by itself
 * (no single `url`, or no path on this server).
 * @param {string} requestUrl
 * @returns {string | undefined}
 */
export const imageSourceOf = (requestUrl) => {
  let parsed
  try {
    parsed = new URL(`http://n${requestUrl.replace(/^\/+/, '/')}`)
  } catch {
    return undefined
  }
  if (!parsed.pathname.startsWith(OPTIMIZER)) return undefined
  const sources = parsed.searchParams.getAll('url')
  const [source] = sources
  if (sources.length !== 1 || !source?.startsWith('/') || source.startsWith('//')) return undefined
  // Build assets are no one's photos; judged on the path as Next resolves it (`..` folded).
  return new URL(source, 'http://n').pathname.startsWith(BUILD_ASSETS) ? undefined : source
}

/**
 * The status an anonymous visitor gets for `source` from the server on `port`: a GET with no
 * cookies, as the optimizer's own fetch has none, dropped as soon as the status is known. (Not
 * HEAD: Payload's routes answer GET only, and a HEAD would be "no such route".)
 * @param {number} port
 * @returns {AskSource}
 */
export const askAnonymously = (port) => (source) =>
  new Promise((resolve) => {
    try {
      const request = http.request({ host: '127.0.0.1', port, path: source, method: 'GET', headers: { host: `localhost:${port}` }, timeout: 10_000, agent: false }, (response) => {
        resolve(response.statusCode ?? 502)
        response.destroy()
      })
      request.on('timeout', () => request.destroy())
      request.on('error', () => resolve(503))
      request.end()
    } catch {
      // A path Node will not send (e.g. unescaped characters) is no image anyone may read.
      resolve(400)
    }
  })

/** @param {ImageGateOptions} options */
export const createImageGate = ({ ask, rememberMs = 30_000, maxRemembered = 10_000, now = Date.now }) => {
  /** @type {Map<string, { status: number, until: number }>} */
  const remembered = new Map()
  /** @type {Map<string, Promise<number>>} */
  const asking = new Map()
  let seenExpiries = expiriesSoFar()

  /** @param {string} source @returns {Promise<number>} */
  const statusOf = async (source) => {
    if (expiriesSoFar() !== seenExpiries) {
      remembered.clear()
      seenExpiries = expiriesSoFar()
    }
    const known = remembered.get(source)
    if (known && known.until > now()) return known.status
    let pending = asking.get(source)
    if (!pending) {
      pending = ask(source).finally(() => asking.delete(source))
      asking.set(source, pending)
    }
    const status = await pending
    remembered.delete(source)
    remembered.set(source, { status, until: now() + rememberMs })
    for (const oldest of remembered.keys()) {
      if (remembered.size <= maxRemembered) break
      remembered.delete(oldest)
    }
    return status
  }

  return {
    /**
     * Lets an optimizer request through to `next` only when a visitor may read its source now.
     * @param {IncomingMessage} req @param {ServerResponse} res @param {() => unknown} next
     */
    guard: async (req, res, next) => {
      const source = imageSourceOf(req.url ?? '')
      if (source === undefined) return next()
      const status = await statusOf(source)
      if (status >= 200 && status < 300) return next()
      res.writeHead(status >= 400 ? status : 403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      res.end(req.method === 'HEAD' ? undefined : 'This image is not available.\n')
    },
  }
}
