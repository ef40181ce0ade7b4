import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync, gzipSync } from 'node:zlib'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { countExpiry } from '@/lib/cache/expiryCounts.cjs'
import { createPageCache } from '@/lib/cache/pageCache.mjs'

/*
 * The page cache in front of Next, over real HTTP. Behind it stands a small handler that answers
 * the way Next does (its cache headers, gzip when asked), so each case can decide what "Next" says.
 */

type Answer = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number }

const NEXT_CACHED = { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=31536000', 'content-type': 'text/html; charset=utf-8' }

/** What the cache handler does when Next expires a tag: Next's handler is not part of this test. */
const expire = () => countExpiry(['faqs:brand'])

describe('page cache', () => {
  let clock = 1_000_000
  let answer: Answer = {}
  let calls = 0
  let cache: ReturnType<typeof createPageCache>
  let server: http.Server
  let origin = ''

  const behindCache = async (req: IncomingMessage, res: ServerResponse) => {
    calls += 1
    const { status = 200, headers = NEXT_CACHED, body = `page ${req.url} #${calls}`, delayMs = 0 } = answer
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
    const gzip = /\bgzip\b(?!;q=0)/i.test(String(req.headers['accept-encoding'] ?? ''))
    // Headers one by one, as Next sets them (the cache reads them back with getHeader).
    for (const [name, value] of Object.entries({ ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}) })) res.setHeader(name, value)
    res.statusCode = status
    // Written in two pieces, as Next streams: the cache must keep all of it.
    const bytes = gzip ? gzipSync(body) : Buffer.from(body)
    res.write(bytes.subarray(0, 5))
    res.end(bytes.subarray(5))
  }

  // node:http rather than fetch: fetch will not send a Host of our choosing.
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; cached: boolean; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = http.request(`${origin}${path}`, { method, headers: { host: 'london.localhost', ...headers } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw).toString() : raw.toString()
          resolve({ status: response.statusCode!, cached: response.headers['x-stipple-cache'] === 'HIT', headers: response.headers, body })
        })
      })
      request.on('error', reject)
      request.end()
    })

  beforeAll(async () => {
    server = http.createServer((req, res) => cache.serve(req, res, () => behindCache(req, res)))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  beforeEach(() => {
    cache = createPageCache({ maxBytes: 1024 * 1024, maxAgeSeconds: 3600, now: () => clock })
    answer = {}
    calls = 0
  })

  it('answers the second visit from memory with the same status, headers and body', async () => {
    const first = await get('/treatments')
    const second = await get('/treatments')
    expect(calls).toBe(1)
    expect(first.cached).toBe(false)
    expect(second.cached).toBe(true)
    expect(second.body).toBe(first.body)
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(second.headers['x-nextjs-cache']).toBe('HIT')
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(first.body)))
  })

  it('keeps each clinic’s pages apart (by host)', async () => {
    await get('/')
    const other = await get('/', { host: 'manchester.localhost' })
    expect(other.cached).toBe(false)
    expect(calls).toBe(2)
  })

  it('treats spellings of one host as one site: case, port and a final dot make no new entry', async () => {
    await get('/')
    for (const host of ['LONDON.localhost', 'london.localhost:3000', 'london.localhost.', 'London.Localhost.:8080']) {
      expect((await get('/', { host })).cached, host).toBe(true)
    }
    expect(calls).toBe(1)
    expect(cache.stats().pages).toBe(1)
  })

  it('forgets everything when Next expires anything (an edit), so the next visitor gets the new page', async () => {
    await get('/faq')
    expect((await get('/faq')).cached).toBe(true)
    expire()
    const after = await get('/faq')
    expect(after.cached).toBe(false)
    expect(after.body).toBe('page /faq #2')
  })

  it('does not keep an answer that was being made while an edit expired pages', async () => {
    answer = { delayMs: 100 }
    const slow = get('/results')
    await new Promise((resolve) => setTimeout(resolve, 30))
    expire()
    await slow
    answer = {}
    expect((await get('/results')).cached).toBe(false)
  })

  it('keeps compressed and plain answers as separate variants', async () => {
    await get('/', { 'accept-encoding': 'gzip' })
    const plain = await get('/')
    expect(plain.cached).toBe(false)
    expect(plain.headers['content-encoding']).toBeUndefined()
    const zipped = await get('/', { 'accept-encoding': 'gzip' })
    expect(zipped.cached).toBe(true)
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.body).toBe('page / #1')
  })

  it('keeps at most one entry per coding, however Accept-Encoding is spelled, and never sends a coding the visitor refused', async () => {
    for (const spelling of ['gzip', 'gzip, deflate, br', 'br;q=1.0, gzip;q=0.8, *;q=0.1', 'GZIP', 'x-bot-1, gzip', 'x-bot-2, gzip']) {
      await get('/', { 'accept-encoding': spelling })
    }
    expect(calls).toBe(1)
    expect(cache.stats().pages).toBe(1)
    const refused = await get('/', { 'accept-encoding': 'gzip;q=0, br' })
    expect(refused.headers['content-encoding']).toBeUndefined()
    expect(refused.body).toBe('page / #2')
    expect((await get('/', { 'accept-encoding': 'identity' })).cached).toBe(true)
    expect(cache.stats().pages).toBe(2)
  })

  it('serves HEAD from a kept page without a body', async () => {
    await get('/about')
    const head = await get('/about', {}, 'HEAD')
    expect(head.cached).toBe(true)
    expect(head.body).toBe('')
    expect(calls).toBe(1)
  })

  it.each([
    ['a private answer', { ...NEXT_CACHED, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }, 200],
    ['one that sets a cookie', { ...NEXT_CACHED, 'set-cookie': 'a=b' }, 200],
    ['a page Next did not cache', { 'cache-control': 's-maxage=60' }, 200],
    ['a stale copy', { ...NEXT_CACHED, 'x-nextjs-cache': 'STALE' }, 200],
    ['a not-found page', NEXT_CACHED, 404],
  ])('never keeps %s', async (_case, headers, status) => {
    answer = { headers, status }
    await get('/book')
    expect((await get('/book')).cached).toBe(false)
    expect(calls).toBe(2)
  })

  it.each([
    ['a query string (search, campaign tags)', '/?utm_source=x', {}],
    ['a preview (draft mode)', '/', { cookie: 'theme=dark; __prerender_bypass=abc' }],
    ['a client-side navigation payload', '/', { rsc: '1' }],
    ['the admin', '/admin', {}],
    ['the API', '/api/case-studies', {}],
    ['Next’s own files', '/_next/static/chunk.js', {}],
  ])('passes every request with %s to Next', async (_case, path, headers) => {
    await get(path, headers)
    const again = await get(path, headers)
    expect(again.cached).toBe(false)
    expect(calls).toBe(2)
  })

  it('lets a page go after Next’s own lifetime for it, or the ceiling, whichever comes first', async () => {
    answer = { headers: { ...NEXT_CACHED, 'cache-control': 's-maxage=60, stale-while-revalidate=300' } }
    await get('/privacy')
    clock += 59_000
    expect((await get('/privacy')).cached).toBe(true)
    clock += 2_000
    expect((await get('/privacy')).cached).toBe(false)

    answer = {}
    await get('/team')
    clock += 3_601_000
    expect((await get('/team')).cached).toBe(false)
  })

  it('stays within its memory, letting the least recently used pages go first', async () => {
    cache = createPageCache({ maxBytes: 3000, maxAgeSeconds: 3600, now: () => clock })
    const page = 'x'.repeat(1000)
    answer = { body: page }
    await get('/a')
    await get('/b')
    await get('/a') // /a used again: /b is now the oldest
    await get('/c')
    await get('/d')
    expect(cache.stats().bytes).toBeLessThanOrEqual(3000)
    expect((await get('/a')).cached).toBe(true)
    expect((await get('/b')).cached).toBe(false)
  })
})
