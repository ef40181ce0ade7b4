import { randomBytes } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_CLINICS } from '@/seed/data/clinics'

import { type ProductionServer, PRODUCTION_DIST_DIR, startProductionServer } from '../browser/productionServer'
import { signIn } from '../browser/signIn'
import { visit } from '../browser/visit'
import { testRedisUp, testRedisUrl } from '../helpers/redis'

/*
 * Hostile and careless visitors on the production server: random Host headers, `/clinics/<slug>` of
 * no clinic, random paths on a clinic's site. None of them may add a page to Next's caches on disk
 * or to the page cache in front of Next (before, 150 random hosts grew the disk cache by 17 MB): a
 * stray gets a permanent redirect to the platform, a missing page a 404 that is rendered, not kept.
 * And the list of hosts stays current: a hostname the platform admin adds is a site on the next
 * request, on every instance.
 */

const london = DEMO_CLINICS.find((clinic) => clinic.slug === 'london')!
const random = () => randomBytes(6).toString('hex')

/** What Next keeps on disk: rendered pages, the data cache, optimised images. */
const CACHE_FOLDERS = ['server/route-cache', 'cache/fetch-cache', 'cache/images'].map((folder) => path.resolve(PRODUCTION_DIST_DIR, folder))

const bytesIn = async (folder: string): Promise<number> => {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  let total = 0
  for (const entry of entries) {
    const inside = path.join(folder, entry.name)
    total += entry.isDirectory() ? await bytesIn(inside) : (await stat(inside)).size
  }
  return total
}
const cacheOnDisk = async () => Object.fromEntries(await Promise.all(CACHE_FOLDERS.map(async (folder) => [path.relative(PRODUCTION_DIST_DIR, folder), await bytesIn(folder)])))

type Clinic = { id: number; hostnames: { hostname: string }[]; status: string }

describe('strays on the production server', () => {
  let server: ProductionServer
  let admin: Record<string, string>
  const get = (host: string, pathname = '/') => visit(`http://${host}:${server.port}${pathname}`)

  const clinic = async (slug: string) =>
    ((await (await fetch(`${server.origin()}/api/clinics?where[slug][equals]=${slug}&depth=0`, { headers: admin })).json()) as { docs: Clinic[] }).docs[0]!
  const patchClinic = async (id: number, body: Partial<Clinic>) => {
    const saved = await fetch(`${server.origin()}/api/clinics/${id}`, { method: 'PATCH', headers: admin, body: JSON.stringify(body) })
    expect(saved.status, await saved.clone().text()).toBe(200)
  }

  beforeAll(async () => {
    // A page cache of 1 MB holds about twenty pages: any stray it kept would push the clinic's out.
    server = await startProductionServer({ env: { PAGE_CACHE_MB: '1' } })
    admin = (await signIn(server.origin(), 'admin@stipple.localhost')).json
  }, 600_000)
  afterAll(async () => server?.stop())

  it('answers random hosts, unknown slugs and random paths without adding a byte to any cache', async () => {
    const warm = [['london.localhost', '/'], ['london.localhost', '/faq'], ['localhost', '/']] as const
    for (const [host, pathname] of warm) {
      await get(host, pathname)
      expect((await get(host, pathname)).headers['x-stipple-cache'], `${host}${pathname}`).toBe('HIT')
    }
    // The reads a "not found" page itself makes are kept once, like any page's.
    for (const pathname of ['/missing', '/treatments/missing', '/results/missing']) await get('london.localhost', pathname)
    const before = await cacheOnDisk()

    const strays = [
      ...Array.from({ length: 150 }, () => `${random()}.example`),
      ...Array.from({ length: 10 }, () => `${random()}.localhost`),
      '127.0.0.1',
      'LONDON.localhost.evil.example',
      'manchester.localhost.evil.example',
    ]
    const answers: { asked: string; status: number; location?: string; expected: string }[] = []
    const ask = async (host: string, pathname: string, expected: string) => {
      const { status, headers } = await get(host, pathname)
      answers.push({ asked: `${host}${pathname}`, status, location: headers.location, expected })
    }
    // Each a brand hub before: the home page, as the 17 MB were measured.
    for (const host of strays) await ask(host, '/', `${server.origin()}/`)
    for (const host of strays.slice(0, 10)) await ask(host, '/treatments?utm_source=flood', `${server.origin()}/treatments?utm_source=flood`)
    for (let i = 0; i < 150; i += 1) await ask('localhost', `/clinics/${random()}/faq`, `${server.origin()}/`)
    const missing: { pathname: string; status: number }[] = []
    for (let i = 0; i < 50; i += 1) {
      for (const pathname of [`/${random()}`, `/treatments/${random()}`, `/results/${random()}`]) missing.push({ pathname, status: (await get('london.localhost', pathname)).status })
    }

    expect(await cacheOnDisk()).toEqual(before)
    // Nothing in the page cache pushed the clinic's pages out.
    for (const [host, pathname] of warm) expect((await get(host, pathname)).headers['x-stipple-cache'], `${host}${pathname}`).toBe('HIT')
    // Every stray was sent to the platform, every missing page said so.
    expect(answers.filter(({ status, location, expected }) => status !== 308 || location !== expected)).toEqual([])
    expect(missing.filter(({ status }) => status !== 404)).toEqual([])
  }, 300_000)

  it('sends a stray’s form post on with its method, and keeps the platform’s health checks on every host', async () => {
    const post = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port: server.port, path: '/book/request', method: 'POST', headers: { host: 'stray.example', 'content-type': 'application/x-www-form-urlencoded' } }, resolve)
      request.on('error', reject)
      request.end('name=Stray')
    })
    post.resume()
    expect(post.statusCode).toBe(308)
    expect(post.headers.location).toBe(`${server.origin()}/book/request`)
    expect((await get(`${random()}.example`, '/healthz')).status).toBe(200)
  })

  it('serves a hostname the platform admin adds on the next request, and treats it as a stray once removed', async () => {
    const { id, hostnames } = await clinic('london')
    const added = `smp-soho-${random()}.example`
    expect((await get(added)).status).toBe(308)
    try {
      await patchClinic(id, { hostnames: [...hostnames, { hostname: added }] })
      const page = await get(added, '/faq')
      expect(page.status).toBe(200)
      expect(page.text).toContain(london.name)
    } finally {
      await patchClinic(id, { hostnames })
    }
    expect((await get(added, '/faq')).status).toBe(308)
    expect((await get('london.localhost', '/faq')).status).toBe(200)
  })

  it('treats a clinic that closes as a stray, host and slug, and serves it again when it is live', async () => {
    const { id } = await clinic('leeds')
    try {
      await patchClinic(id, { status: 'closed' })
      expect((await get('leeds.localhost')).status).toBe(308)
      expect((await get('localhost', '/clinics/leeds')).status).toBe(308)
    } finally {
      await patchClinic(id, { status: 'live' })
    }
    expect((await get('leeds.localhost')).status).toBe(200)
    expect((await get('localhost', '/clinics/leeds')).status).toBe(200)
  })
})

const redisUp = await testRedisUp('the two-instance host test')

describe.skipIf(!redisUp)('a new hostname on two instances', () => {
  let a: ProductionServer
  let b: ProductionServer

  beforeAll(async () => {
    a = await startProductionServer({ env: { REDIS_URL: testRedisUrl } })
    b = await startProductionServer({ env: { REDIS_URL: testRedisUrl } })
  }, 600_000)
  afterAll(async () => Promise.all([a?.stop(), b?.stop()]))

  it('is a site on instance B as soon as the platform admin adds it through instance A', async () => {
    const admin = (await signIn(a.origin(), 'admin@stipple.localhost')).json
    const found = (await (await fetch(`${a.origin()}/api/clinics?where[slug][equals]=manchester&depth=0`, { headers: admin })).json()) as { docs: Clinic[] }
    const { id, hostnames } = found.docs[0]!
    const added = `smp-manchester-${random()}.example`
    const onB = () => visit(`http://${added}:${b.port}/`)
    expect((await onB()).status).toBe(308)
    try {
      const saved = await fetch(`${a.origin()}/api/clinics/${id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ hostnames: [...hostnames, { hostname: added }] }) })
      expect(saved.status).toBe(200)
      // B read its list moments ago (the 308 above): only the expiry through Redis makes it look
      // again before its own once-a-minute refresh.
      const start = Date.now()
      let answer = await onB()
      while (answer.status !== 200 && Date.now() - start < 10_000) answer = await onB()
      expect(answer.status).toBe(200)
    } finally {
      await fetch(`${a.origin()}/api/clinics/${id}`, { method: 'PATCH', headers: admin, body: JSON.stringify({ hostnames }) })
    }
  })
})
