import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PURGE_SECRET_HEADER, PURGE_TAGS_HEADER } from '@/lib/cache/tierPurge'

import { startTier, type Tier, varnishInstalled } from '../../scripts/lib/varnish'
import { visit } from '../browser/visit'

/*
 * deploy/varnish.vcl run for real (Debian's varnishd) in front of a stand-in app that marks every
 * answer as the real one marks a page for the tier (xkey, Surrogate-Control), even where the real
 * app never would: the tier itself must refuse to keep the admin, the API, booking, a Set-Cookie
 * answer or what a signed-in editor or a preview asked for. tests/browser/caching-tier.test.ts runs
 * the tier in front of the production server.
 */

const SECRET = 'tier-test-9c4f1b7e02d85a36c1e9f4b720d63a8e'

describe.skipIf(!varnishInstalled())('the caching tier (deploy/varnish.vcl)', () => {
  let tier: Tier
  let app: http.Server
  let down = false
  /** Health probes the tier sent while the app was down, counted once answered. */
  let failedProbes = 0
  const asked = new Map<string, number>()

  beforeAll(async () => {
    app = http.createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!
      if (down) {
        if (path === '/readyz') res.on('finish', () => failedProbes++)
        return res.writeHead(503).end('restarting')
      }
      if (path === '/readyz') return res.writeHead(200).end('ready')
      const count = (asked.get(path) ?? 0) + 1
      asked.set(path, count)
      const tags = /^\/tagged\/([a-z0-9:-]+)/.exec(path)?.[1] ?? 'everything'
      const lifetime = path.startsWith('/short/') ? 1 : 3600
      res.setHeader('Cache-Control', 's-maxage=60, stale-while-revalidate=300')
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('xkey', `${tags} everything`)
      res.setHeader('Surrogate-Control', `max-age=${lifetime}`)
      if (path.startsWith('/with-cookie')) res.setHeader('Set-Cookie', 'session=abc; HttpOnly')
      const who = /payload-token=/.test(req.headers.cookie ?? '') ? 'signed in' : /__prerender_bypass=/.test(req.headers.cookie ?? '') ? 'preview' : 'visitor'
      res.end(`${path} answer ${count} for a ${who}`)
    })
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
    tier = await startTier({ backendPort: (app.address() as AddressInfo).port, purgeSecret: SECRET })
  }, 60_000)
  afterAll(async () => {
    await tier?.remove()
    app?.close()
  })

  const get = (path: string, headers: Record<string, string> = {}) => visit(`${tier.origin('london.localhost')}${path}`, headers)
  const purge = (tags: string, secret?: string) =>
    fetch(tier.purgeUrl, { method: 'PURGE', headers: { [PURGE_TAGS_HEADER]: tags, ...(secret === undefined ? {} : { [PURGE_SECRET_HEADER]: secret }) } })

  it('keeps a tagged page, and takes its tags and the tier’s lifetime off before a visitor sees it', async () => {
    const first = await get('/tagged/clinic:1')
    const second = await get('/tagged/clinic:1')
    expect(first.text).toBe('/tagged/clinic:1 answer 1 for a visitor')
    expect(second.text).toBe(first.text)
    expect(second.headers['x-tier-cache']).toBe('HIT')
    for (const answer of [first, second]) {
      expect(answer.headers.xkey).toBeUndefined()
      expect(answer.headers['surrogate-control']).toBeUndefined()
      expect(answer.headers['cache-control']).toBe('s-maxage=60, stale-while-revalidate=300')
    }
  })

  it('purges the pages of a tag when the app asks with the secret, and refuses anyone else', async () => {
    await get('/tagged/faqs:clinic:1')
    await get('/tagged/results:clinic:2')
    expect((await get('/tagged/faqs:clinic:1')).headers['x-tier-cache']).toBe('HIT')

    for (const wrong of [undefined, '', 'guess', `${SECRET}x`]) {
      const refused = await purge('faqs:clinic:1', wrong)
      expect(refused.status, `secret ${JSON.stringify(wrong)}`).toBe(403)
    }
    expect((await get('/tagged/faqs:clinic:1')).headers['x-tier-cache']).toBe('HIT')

    expect((await fetch(tier.purgeUrl, { method: 'PURGE', headers: { [PURGE_SECRET_HEADER]: SECRET } })).status).toBe(400)
    const taken = await purge('faqs:clinic:1 media', SECRET)
    expect(taken.status).toBe(200)
    expect(await taken.text()).toMatch(/^Purged [1-9]/)
    const fresh = await get('/tagged/faqs:clinic:1')
    expect(fresh.headers['x-tier-cache']).toBe('MISS')
    expect(fresh.text).toBe('/tagged/faqs:clinic:1 answer 2 for a visitor')
    expect((await get('/tagged/results:clinic:2')).headers['x-tier-cache']).toBe('HIT')
  })

  it.each([
    ['the admin', '/admin/collections/faqs'],
    ['the API', '/api/faqs'],
    ['the booking page', '/book'],
    ['the lead endpoint', '/book/request'],
    ['a clinic’s booking page by path', '/clinics/london/book'],
    ['an answer that sets a cookie', '/with-cookie'],
  ])('never keeps %s', async (_, path) => {
    await get(path)
    const again = await get(path)
    expect(again.headers['x-tier-cache']).toBe('MISS')
    expect(again.text).toContain('answer 2')
  })

  it('never keeps a POST', async () => {
    for (const expected of ['answer 1', 'answer 2']) {
      const answer = await fetch(`${tier.origin()}/tagged/posted`, { method: 'POST', body: 'x' })
      expect(await answer.text()).toContain(expected)
    }
  })

  it.each([
    ['signed in', 'payload-token=eyJ.signed.in'],
    ['preview', '__prerender_bypass=1; other=2'],
  ])('what a %s editor asks for never comes from the tier nor goes to another visitor', async (who, cookie) => {
    const path = `/tagged/pages:clinic:${who === 'preview' ? 3 : 4}`
    const kept = await get(path)
    expect(kept.text).toContain('for a visitor')
    const editor = await get(path, { cookie })
    expect(editor.text).toContain(`for a ${who}`)
    expect(editor.headers['x-tier-cache']).toBe('MISS')
    const visitor = await get(path)
    expect(visitor.text).toBe(kept.text)
  })

  it('a visitor’s own cookies neither split nor bypass the kept pages', async () => {
    const first = await get('/tagged/team:clinic:1', { cookie: 'consent=yes' })
    const second = await get('/tagged/team:clinic:1', { cookie: 'theme=dark' })
    expect(second.headers['x-tier-cache']).toBe('HIT')
    expect(second.text).toBe(first.text)
  })

  it('keeps serving what it kept while the app does not answer, and nothing past its lifetime while it does', async () => {
    const kept = await get('/short/home')
    await new Promise((resolve) => setTimeout(resolve, 1500))
    // The app answers: the lifetime is over, so the page is asked for again.
    const refetched = await get('/short/home')
    expect(refetched.text).toContain('answer 2')
    expect(kept.text).toContain('answer 1')

    failedProbes = 0
    down = true
    try {
      // The probe (every 2 s, sick once 4 of the last 5 failed) marks the app as away: after the
      // fourth failed one, and a moment for the tier to take its answer in.
      for (const deadline = Date.now() + 15_000; failedProbes < 4 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50))
      await new Promise((resolve) => setTimeout(resolve, 500))
      const duringRestart = await get('/short/home')
      expect(duringRestart.status).toBe(200)
      expect(duringRestart.text).toContain('answer 2')
      expect((await get('/tagged/clinic:1')).status).toBe(200)
    } finally {
      down = false
    }
  }, 30_000)
})
