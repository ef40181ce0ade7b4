import { createHash } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

// The compression middleware Next itself runs (the production server leaves compression to Next).
import compression from 'next/dist/compiled/compression'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inlineScriptHashes } from '@/lib/http/inlineScripts.mjs'
import { secureResponses } from '@/lib/http/secureResponses.mjs'

/*
 * The production server's last word on each response, over real HTTP, in front of a stand-in that
 * writes the way Next does: headers one by one (internal ones too), Next's own gzip, a streamed
 * page flushed piece by piece. The headers Next's build decides are checked on the real server in
 * tests/abuse/headers.test.ts.
 */

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`
const BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])'
const PAYLOAD = 'self.__next_f.push([1,"0:{\\"P\\":null,\\"b\\":\\"build\\"}\\n"])'
const PAGE = [
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script>',
  `<script type="application/ld+json">{"@type":"HealthAndBeautyBusiness"}</script></head><body><h1>Stipple London — café</h1><script>${BOOTSTRAP}</script>`,
  `<script>${PAYLOAD}</script><script>${BOOTSTRAP}</script></body></html>`,
]

type Stand = { status?: number; headers?: Record<string, string>; pieces?: string[]; writeHeadHeaders?: Record<string, string> }

describe('securing responses in the production server', () => {
  let stand: Stand = {}
  let server: http.Server
  let port = 0
  const zip = compression()

  /** As Next answers: its compression, headers set one by one, the page streamed with a flush before each piece. */
  const next = (req: IncomingMessage, res: ServerResponse) =>
    zip(req, res, () => {
      const { status = 200, headers = {}, pieces = PAGE, writeHeadHeaders } = stand
      res.statusCode = status
      for (const [name, value] of Object.entries({ 'x-middleware-rewrite': '/london.localhost/faq', 'x-nextjs-cache': 'HIT', 'x-nextjs-prerender': '1', ...headers })) res.setHeader(name, value)
      if (writeHeadHeaders) res.writeHead(status, writeHeadHeaders)
      for (const piece of pieces) {
        res.flushHeaders()
        res.write(piece)
      }
      res.end()
    })

  const secureFor = (serverUrl: string) => secureResponses({ serverUrl })
  let secure = secureFor('http://localhost:3000')

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, path, method, headers: { host: 'london.localhost:3000', ...headers } }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          const body = (response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8')
          resolve({ status: response.statusCode!, headers: response.headers, body })
        })
      })
      request.on('error', reject)
      request.end()
    })

  const directive = (policy: string | undefined, name: string) => policy?.split('; ').find((part) => part.startsWith(`${name} `))

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      secure(req, res)
      next(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('allows exactly the page’s own inline scripts, by hash, compressed or not', async () => {
    stand = { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=31536000' } }
    for (const acceptEncoding of ['gzip', 'identity']) {
      const page = await get('/faq', { 'accept-encoding': acceptEncoding })
      expect(page.body).toBe(PAGE.join(''))
      expect(page.headers['content-encoding']).toBe(acceptEncoding === 'gzip' ? 'gzip' : undefined)
      const scripts = directive(page.headers['content-security-policy'] as string, 'script-src')
      expect(scripts).toBe(`script-src 'self' '${sha256(BOOTSTRAP)}' '${sha256(PAYLOAD)}'`)
      expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval/)
      expect(Number(page.headers['content-length'])).toBeGreaterThan(0)
    }
  })

  it('takes Next’s internal routing headers off and puts the security headers on', async () => {
    stand = { headers: { 'content-type': 'text/html; charset=utf-8', 'x-next-cache-tags': 'clinic:1,faqs:brand', 'x-powered-by': 'Next.js', 'x-matched-path': '/[site]/faq' } }
    const page = await get('/faq')
    for (const name of Object.keys(page.headers)) expect(name).not.toMatch(/^x-(?:middleware|next-cache-tags|matched-path|powered-by)/)
    // A cache state, as any CDN sends one.
    expect(page.headers['x-nextjs-cache']).toBe('HIT')
    expect(page.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': expect.stringContaining('geolocation=(self)'),
    })
    expect(directive(page.headers['content-security-policy'] as string, 'frame-ancestors')).toBe('frame-ancestors http://localhost:3000')
    // A clinic's own host: only frame-ancestors can name the admin's origin, so no X-Frame-Options.
    expect(page.headers['x-frame-options']).toBeUndefined()
    expect((await get('/faq', { host: 'localhost:3000' })).headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(page.headers['strict-transport-security']).toBeUndefined()
  })

  it('keeps what Next’s client router reads from a navigation payload, and nothing of it in a page', async () => {
    const rewritten = { 'x-nextjs-rewritten-path': '/london.localhost/faq', 'x-nextjs-stale-time': '300' }
    stand = { headers: { 'content-type': 'text/x-component', ...rewritten }, pieces: ['0:{"b":"build"}\n'] }
    const payload = await get('/faq', { rsc: '1' })
    expect(payload.headers).toMatchObject(rewritten)
    expect(payload.headers['x-middleware-rewrite']).toBeUndefined()
    expect(payload.body).toBe('0:{"b":"build"}\n')

    stand = { headers: { 'content-type': 'text/html; charset=utf-8', ...rewritten } }
    expect((await get('/faq')).headers['x-nextjs-rewritten-path']).toBeUndefined()
  })

  it('sees headers given to writeHead as well as those set one by one', async () => {
    stand = { writeHeadHeaders: { 'Content-Type': 'text/html; charset=utf-8', 'X-Middleware-Next': '1' } }
    const page = await get('/about')
    expect(page.headers['x-middleware-next']).toBeUndefined()
    expect(directive(page.headers['content-security-policy'] as string, 'script-src')).toContain(sha256(PAYLOAD))
    expect(page.body).toBe(PAGE.join(''))
  })

  it('keeps the admin out of every frame and everything but pages loading nothing', async () => {
    stand = { headers: { 'content-type': 'text/html; charset=utf-8' } }
    const admin = await get('/admin/login', { host: 'localhost:3000' })
    expect(directive(admin.headers['content-security-policy'] as string, 'frame-ancestors')).toBe("frame-ancestors 'none'")
    expect(directive(admin.headers['content-security-policy'] as string, 'frame-src')).toBe("frame-src 'self' http://localhost:3000")
    expect(admin.headers['x-frame-options']).toBe('DENY')
    expect(admin.headers['permissions-policy']).toContain('geolocation=()')

    stand = { headers: { 'content-type': 'application/json' }, pieces: ['{"docs":', '[]}'] }
    const api = await get('/api/case-studies', { 'accept-encoding': 'gzip' })
    expect(api.body).toBe('{"docs":[]}')
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(api.headers['x-frame-options']).toBe('DENY')
  })

  it('leaves the image optimiser’s own policy, and sends none with a 304 (it would replace the page’s)', async () => {
    stand = { headers: { 'content-type': 'image/webp', 'content-security-policy': "script-src 'none'; frame-src 'none'; sandbox;" }, pieces: ['RIFF'] }
    expect((await get('/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Flogo.png&w=256&q=75')).headers['content-security-policy']).toBe("script-src 'none'; frame-src 'none'; sandbox;")

    stand = { status: 304, headers: { 'content-type': 'text/html; charset=utf-8', etag: '"abc"' }, pieces: [] }
    const notModified = await get('/faq', { 'if-none-match': '"abc"' })
    expect(notModified.status).toBe(304)
    expect(notModified.headers['content-security-policy']).toBeUndefined()
    expect(notModified.headers['x-content-type-options']).toBe('nosniff')
  })

  it('answers HEAD without holding anything back, and adds HSTS once SERVER_URL is https', async () => {
    secure = secureFor('https://stipple.example')
    try {
      stand = { headers: { 'content-type': 'text/html; charset=utf-8' }, pieces: [] }
      const head = await get('/faq', { host: 'stipple.example' }, 'HEAD')
      expect(head.status).toBe(200)
      expect(head.headers['strict-transport-security']).toBe('max-age=31536000')
      expect(head.headers['content-security-policy']).toContain('upgrade-insecure-requests')
      expect(directive(head.headers['content-security-policy'] as string, 'frame-ancestors')).toBe('frame-ancestors https://stipple.example')
    } finally {
      secure = secureFor('http://localhost:3000')
    }
  })
})

describe('inline script hashes', () => {
  it('hashes every inline script once, exactly as written, and no data block or external script', () => {
    const html = [
      '<script>a()</script>',
      '<script type="module">import("/x.js")</script>',
      '<script data-src="later.js">b()</script>',
      '<script async src="/_next/static/x.js"></script>',
      '<script type="application/ld+json">{"a":1}</script>',
      '<SCRIPT>a()</SCRIPT >',
      '<script>\n  "café ☕"\n</script>',
    ].join('')
    expect(inlineScriptHashes(html)).toEqual([sha256('a()'), sha256('import("/x.js")'), sha256('b()'), sha256('\n  "café ☕"\n')])
    expect(inlineScriptHashes('<p>no scripts</p>')).toEqual([])
  })
})
