import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPageCache } from '@/lib/cache/pageCache.mjs'
import { collectPageTags, notePageTags } from '@/lib/cache/pageTags.cjs'
import { secureResponses } from '@/lib/http/secureResponses.mjs'
import { tierHeaders } from '@/lib/http/tierHeaders.mjs'

/*
 * What the outside world is told about a page's lifetime, over real HTTP, wired as the production
 * server wires it (page cache → securing → tier headers → a stand-in for Next that reads a cached
 * page the way Next's cache handler sees it). tests/browser/caching-tier.test.ts checks the real app.
 */

type Stand = { headers: Record<string, string>; tags?: string | null; status?: number }
const NEXT_KEPT = { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=31536000', 'content-type': 'text/html; charset=utf-8' }
const CACHE_TAGS = '_N_T_/layout,_N_T_/london.localhost/faq/page,clinic:1,faqs:clinic:1,faqs:brand,media'

describe('lifetime and tag headers for caches in front', () => {
  let stand: Stand = { headers: NEXT_KEPT }
  const servers: http.Server[] = []
  const ports: Record<'tier' | 'plain', number> = { tier: 0, plain: 0 }

  /** As Next answers a page from its cache: the cache handler reads the entry (and its tags), then the page is written. */
  const next = async (_req: IncomingMessage, res: ServerResponse) => {
    await new Promise((resolve) => setTimeout(resolve, 1))
    if (stand.tags !== null) notePageTags({ kind: 'APP_PAGE', headers: { 'x-next-cache-tags': stand.tags ?? CACHE_TAGS } })
    res.statusCode = stand.status ?? 200
    for (const [name, value] of Object.entries(stand.headers)) res.setHeader(name, value)
    res.end('<!DOCTYPE html><html><body><h1>FAQ</h1></body></html>')
  }

  beforeAll(async () => {
    for (const kind of ['tier', 'plain'] as const) {
      const pages = createPageCache({ maxBytes: 1024 * 1024, maxAgeSeconds: 3600 })
      const secure = secureResponses({ serverUrl: 'http://localhost:3000' })
      const forTier = tierHeaders({ withTier: kind === 'tier' })
      const server = http.createServer((req, res) =>
        pages.serve(req, res, () => {
          secure(req, res)
          forTier(res)
          return collectPageTags(() => next(req, res))
        }),
      )
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      servers.push(server)
      ports[kind] = (server.address() as AddressInfo).port
    }
  })
  afterAll(() => {
    for (const server of servers) server.close()
  })

  const get = (kind: 'tier' | 'plain', path: string) =>
    new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: ports[kind], path, headers: { host: 'london.localhost:3000' } }, (response) => {
          response.resume()
          response.on('end', () => resolve(response.headers))
        })
        .on('error', reject)
    })

  it('tells any cache in front a short shared lifetime instead of Next’s year, tier or not', async () => {
    stand = { headers: NEXT_KEPT }
    for (const kind of ['tier', 'plain'] as const) {
      const headers = await get(kind, `/short-${kind}`)
      expect(headers['cache-control'], kind).toBe('s-maxage=60, stale-while-revalidate=300')
    }
    const plain = await get('plain', '/untagged')
    expect(plain.xkey).toBeUndefined()
    expect(plain['surrogate-control']).toBeUndefined()
  })

  it('names the page’s own tags (not Next’s per-path ones) and the tier’s lifetime when a tier is configured', async () => {
    stand = { headers: NEXT_KEPT }
    const headers = await get('tier', '/faq')
    expect(headers.xkey).toBe('clinic:1 faqs:clinic:1 faqs:brand media')
    expect(headers['surrogate-control']).toBe('max-age=86400')
  })

  it('the page cache still keeps pages for Next’s own lifetime, and replays them with the same headers', async () => {
    stand = { headers: NEXT_KEPT }
    const first = await get('tier', '/kept')
    const second = await get('tier', '/kept')
    expect(second['x-stipple-cache']).toBe('HIT')
    expect(second.xkey).toBe(first.xkey)
    expect(second['cache-control']).toBe(first['cache-control'])
  })

  it.each([
    ['a private answer', { headers: { ...NEXT_KEPT, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' } }, 'private, no-cache, no-store, max-age=0, must-revalidate'],
    ['an answer that sets a cookie', { headers: { ...NEXT_KEPT, 'set-cookie': 'a=b' } }, 's-maxage=60, stale-while-revalidate=300'],
    ['a page whose tags were not seen in this request', { headers: NEXT_KEPT, tags: null }, 's-maxage=60, stale-while-revalidate=300'],
    ['a page with only Next’s own tags', { headers: NEXT_KEPT, tags: '_N_T_/layout' }, 's-maxage=60, stale-while-revalidate=300'],
    ['a not-found page', { headers: NEXT_KEPT, status: 404 }, 's-maxage=60, stale-while-revalidate=300'],
  ])('never tags %s for the tier', async (_, answer: Stand, cacheControl) => {
    stand = answer
    const headers = await get('tier', `/never-${Math.random()}`)
    expect(headers['cache-control']).toBe(cacheControl)
    expect(headers.xkey).toBeUndefined()
    expect(headers['surrogate-control']).toBeUndefined()
  })
})
