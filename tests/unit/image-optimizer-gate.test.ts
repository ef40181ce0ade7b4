import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countExpiry } from '@/lib/cache/expiryCounts.cjs'
import { askAnonymously, createImageGate, imageSourceOf } from '@/lib/storage/imageOptimizerGate.mjs'

/*
 * The production server asks, before Next's image optimizer answers from its cache, whether a
 * visitor may read the source image now (a photo can become private when its case study is
 * unpublished, and Next keeps serving its last good copy).
 */

/** What the cache handler does when Next expires a tag (here or through Redis / PostgreSQL). */
const expire = () => countExpiry(['media'])

type Answer = { status: number; body: string; headers: Record<string, unknown> }
const run = async (gate: ReturnType<typeof createImageGate>, url: string, method = 'GET'): Promise<Answer & { passed: boolean }> => {
  let passed = false
  const answer: Answer = { status: 0, body: '', headers: {} }
  const res = {
    writeHead: (status: number, headers: Record<string, unknown>) => Object.assign(answer, { status, headers }),
    end: (body?: string) => (answer.body = body ?? ''),
  }
  await gate.guard({ url, method } as never, res as never, () => (passed = true))
  return { ...answer, passed }
}

describe('which requests are optimizer requests for a local image', () => {
  it.each([
    ['/_next/image?url=%2Fapi%2Fmedia%2Ffile%2Fa.jpg&w=640&q=75', '/api/media/file/a.jpg'],
    ['//_next/image?url=/api/media/file/a.jpg', '/api/media/file/a.jpg'],
    ['/_next/./image?url=/api/media/file/a.jpg', '/api/media/file/a.jpg'],
    ['/_next/imagefoo?url=/api/media/file/a.jpg', '/api/media/file/a.jpg'],
    ['/_next/image?url=/_next/static/../../api/media/file/a.jpg', '/_next/static/../../api/media/file/a.jpg'],
    ['/_next/image?url=/_next/static/%2e%2e/%2e%2e/api/media/file/a.jpg', '/_next/static/../../api/media/file/a.jpg'],
  ])('%s asks about %s', (url, source) => expect(imageSourceOf(url)).toBe(source))

  it.each([
    ['/_next/image?url=/a.jpg&url=/b.jpg', 'two sources (Next refuses it)'],
    ['/_next/image?url=https://elsewhere.example/a.jpg', 'a remote source (none are allowed)'],
    ['/_next/image?url=//elsewhere.example/a.jpg', 'a protocol-relative source'],
    ['/_next/image?url=/_next/static/media/logo.png', 'a build asset'],
    ['/_next/image?w=640', 'no source'],
    ['/api/media/file/a.jpg', 'the file route itself'],
    ['/results?url=/api/media/file/a.jpg', 'a page'],
  ])('%s is left to Next: %s', (url) => expect(imageSourceOf(url)).toBeUndefined())
})

describe('the gate', () => {
  let now = 1_000_000
  const clock = () => now
  const source = '/api/media/file/photo.jpg'
  const optimizer = `/_next/image?url=${encodeURIComponent(source)}&w=640&q=75`

  it('lets the request through while a visitor may read the source, and refuses it once they may not', async () => {
    let status = 200
    const asked: string[] = []
    const gate = createImageGate({ ask: async (path) => (asked.push(path), status), rememberMs: 1000, now: clock })
    expect((await run(gate, optimizer)).passed).toBe(true)
    expect(asked).toEqual([source])

    status = 403
    // Within a second the earlier answer holds; then the source is asked again.
    expect((await run(gate, optimizer)).passed).toBe(true)
    now += 1001
    const refused = await run(gate, optimizer)
    expect(refused).toMatchObject({ passed: false, status: 403, headers: { 'cache-control': 'no-store' } })
    expect(asked).toEqual([source, source])
  })

  it('forgets every answer on an expiry (an edit here or on another instance)', async () => {
    let status = 200
    const gate = createImageGate({ ask: async () => status, rememberMs: 60_000, now: clock })
    expect((await run(gate, optimizer)).passed).toBe(true)
    status = 404
    expect((await run(gate, optimizer)).passed).toBe(true)
    expire()
    expect(await run(gate, optimizer)).toMatchObject({ passed: false, status: 404 })
  })

  it('asks once for many requests at the same moment', async () => {
    let asks = 0
    const gate = createImageGate({ ask: () => new Promise((resolve) => setTimeout(() => resolve((asks++, 200)), 20)), now: clock })
    const answers = await Promise.all(Array.from({ length: 10 }, () => run(gate, optimizer)))
    expect(answers.every((answer) => answer.passed)).toBe(true)
    expect(asks).toBe(1)
  })

  it('passes every other request straight on', async () => {
    const gate = createImageGate({ ask: async () => 403, now: clock })
    for (const url of ['/', '/results', '/api/media/file/photo.jpg', '/_next/static/chunks/app.js']) expect((await run(gate, url)).passed, url).toBe(true)
  })
})

describe('asking the server anonymously', () => {
  let server: http.Server
  let port: number
  const seen: http.IncomingHttpHeaders[] = []
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ ...req.headers, method: req.method })
      res.writeHead(req.url === '/api/media/file/public.jpg' ? 200 : 403).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('sends a GET without cookies or credentials and reports the status', async () => {
    const ask = askAnonymously(port)
    expect(await ask('/api/media/file/public.jpg')).toBe(200)
    expect(await ask('/api/media/file/private.jpg')).toBe(403)
    expect(seen.every((headers) => headers.cookie === undefined && headers.authorization === undefined && headers.method === 'GET')).toBe(true)
  })

  it('treats a path Node will not send, or a server that is away, as not readable', async () => {
    expect(await askAnonymously(port)('/api/media/file/a b\u0000.jpg')).toBeGreaterThanOrEqual(400)
    expect(await askAnonymously(1)('/api/media/file/public.jpg')).toBe(503)
  })
})
