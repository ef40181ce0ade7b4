// @ts-check
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

import { inlineScriptHashes } from './inlineScripts.mjs'
import { removeInternalHeaders } from './internalHeaders.mjs'
import { areaOf, contentSecurityPolicy, securityHeaders } from './securityHeaders.mjs'

/**
 * The production server's last word on every response Next writes: Next's internal routing
 * headers come off (internalHeaders.mjs), the security headers go on, and an HTML page is held
 * until it is complete so that its Content-Security-Policy can allow exactly its own inline
 * scripts by hash. Next still compresses (a page is decompressed once to be read: about 0.14 ms
 * with the hashing, for a clinic home); a page the page cache keeps is kept with its policy, so
 * repeat visits cost nothing here. Why hashes: docs/decisions/0008-security-headers.md.
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/** @param {Buffer} body @param {string} coding */
const decoded = (body, coding) => {
  if (coding === 'gzip') return gunzipSync(body)
  if (coding === 'deflate') return inflateSync(body)
  if (coding === 'br') return brotliDecompressSync(body)
  return body
}

/** @param {unknown} chunk @param {unknown} encoding */
const asBuffer = (chunk, encoding) =>
  Buffer.isBuffer(chunk)
    ? chunk
    : typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
      : Buffer.from(/** @type {Uint8Array} */ (chunk))

/**
 * @param {{ serverUrl: string }} options
 * @returns {(req: IncomingMessage, res: ServerResponse) => void} call before Next writes anything
 */
export const secureResponses = ({ serverUrl }) => {
  const platformHostname = new URL(serverUrl).hostname.toLowerCase()

  return (req, res) => {
    const area = areaOf((req.url ?? '/').split('?')[0] ?? '/')
    const platformHost = String(req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '') === platformHostname
    const writeHead = /** @type {(...args: unknown[]) => ServerResponse} */ (res.writeHead)
    const write = /** @type {(...args: unknown[]) => boolean} */ (res.write)
    const end = /** @type {(...args: unknown[]) => ServerResponse} */ (res.end)
    /** @type {Buffer[] | undefined} */
    let held
    /** @type {unknown[]} */
    let heldHead = []

    /** @param {string[]} [scriptHashes] */
    const applyHeaders = (scriptHashes) => {
      const document = /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''))
      const context = { area, serverUrl, document, platformHost, scriptHashes }
      for (const [name, value] of Object.entries(securityHeaders(context))) res.setHeader(name, value)
      const policy = contentSecurityPolicy(context)
      // A 304 updates the headers the browser kept with the page; a policy without the page's
      // hashes would replace the one that allows its scripts.
      if (res.statusCode === 304) res.removeHeader('content-security-policy')
      else if (policy && !res.hasHeader('content-security-policy')) res.setHeader('Content-Security-Policy', policy)
    }

    res.writeHead = /** @type {ServerResponse['writeHead']} */ (
      /** @this {ServerResponse} @param {number} status @param {...unknown} rest */
      function (status, ...rest) {
        // Next flushes the headers before each piece of a streamed page; held, they stay unsent.
        if (held) return this
        // writeHead(status, [message], [headers]): the headers join those set one by one, so all are seen here.
        const headers = typeof rest[0] === 'string' ? rest[1] : rest[0]
        if (headers && typeof headers === 'object') {
          const entries = Array.isArray(headers) ? Array.from({ length: headers.length / 2 }, (_, i) => [headers[2 * i], headers[2 * i + 1]]) : Object.entries(headers)
          for (const [name, value] of entries) res.setHeader(String(name), value)
        }
        const message = typeof rest[0] === 'string' ? [rest[0]] : []
        res.statusCode = status
        const withBody = req.method !== 'HEAD' && status !== 204 && status !== 304
        const document = /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''))
        removeInternalHeaders(res, document)
        if (document && withBody) {
          // Held until the page is complete; written by end().
          held = []
          heldHead = [status, ...message]
          return this
        }
        applyHeaders()
        return writeHead.call(this, status, ...message)
      }
    )

    res.write = /** @type {ServerResponse['write']} */ (
      /** @this {ServerResponse} @param {unknown} chunk @param {...unknown} rest */
      function (chunk, ...rest) {
        if (!this.headersSent && !held) this.writeHead(this.statusCode)
        if (!held) return write.call(this, chunk, ...rest)
        held.push(asBuffer(chunk, rest[0]))
        const callback = rest.find((argument) => typeof argument === 'function')
        if (typeof callback === 'function') process.nextTick(() => callback())
        return true
      }
    )

    res.end = /** @type {ServerResponse['end']} */ (
      /** @this {ServerResponse} @param {unknown} [chunk] @param {...unknown} rest */
      function (chunk, ...rest) {
        if (!this.headersSent && !held) this.writeHead(this.statusCode)
        if (!held) return end.call(this, chunk, ...rest)
        const data = typeof chunk === 'function' ? undefined : chunk
        const after = [chunk, ...rest].filter((argument) => typeof argument === 'function')
        if (data !== undefined && data !== null) held.push(asBuffer(data, rest[0]))
        const body = Buffer.concat(held)
        held = undefined
        let hashes
        try {
          hashes = inlineScriptHashes(decoded(body, String(this.getHeader('content-encoding') ?? '').toLowerCase()).toString('utf8'))
        } catch (error) {
          // An unreadable page gets no hashes: its scripts are refused rather than all allowed.
          console.error(`[stipple] Could not read ${(req.url ?? '').split('?')[0]} for its script hashes (${/** @type {Error} */ (error).name}).`)
        }
        applyHeaders(hashes)
        this.setHeader('Content-Length', body.length)
        writeHead.call(this, ...heldHead)
        return end.call(this, body, ...after)
      }
    )
  }
}
