import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '@/seed/people'

import { chromiumAvailable, launchChromium } from '../browser/chromium'
import { type ProductionServer, startProductionServer } from '../browser/productionServer'
import { signIn } from '../browser/signIn'
import { type Visit, visit } from '../browser/visit'

/*
 * The security headers on the production server, as browsers get them: on every page type of a
 * clinic's site and the brand hub, on the admin and on the API — and in Chromium, a Content-
 * Security-Policy that refuses a script slipped into a page while each page still runs its own,
 * and framing allowed to the admin's live preview alone.
 */

const PAGE_TYPES = [
  ['home', 'london.localhost', '/'],
  ['treatments', 'london.localhost', '/treatments'],
  ['treatment', 'london.localhost', '/treatments/scar-camouflage'],
  ['results', 'london.localhost', '/results'],
  ['case study', 'london.localhost', '/results/london-crown-and-hairline'],
  ['book', 'london.localhost', '/book'],
  ['faq', 'london.localhost', '/faq'],
  ['about', 'london.localhost', '/about'],
  ['privacy', 'london.localhost', '/privacy'],
  ['custom page', 'london.localhost', '/open-evening'],
  ['clinic on the fallback path', 'localhost', '/clinics/london/faq'],
  ['brand hub', 'localhost', '/'],
  ['not found', 'london.localhost', '/no-such-page'],
] as const

/** What a stranger's page tries to frame. */
const FRAMED = [
  (server: ProductionServer) => `http://london.localhost:${server.port}/about`,
  (server: ProductionServer) => `${server.origin()}/clinics/london/about`,
  (server: ProductionServer) => `${server.origin()}/admin/login`,
]

const policyOf = (answer: Visit) => {
  const header = String(answer.headers['content-security-policy'] ?? '')
  return Object.fromEntries(header.split(/;\s*/).filter(Boolean).map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1).join(' ')]))
}

/** What every response carries, whatever it is. */
const expectBaseHeaders = (answer: Visit, where: string) => {
  expect(answer.headers['x-content-type-options'], where).toBe('nosniff')
  expect(answer.headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin')
  expect(answer.headers['permissions-policy'], where).toMatch(/camera=\(\), microphone=\(\), payment=\(\)/)
  // Nothing that names Next's internal routes or cache tags.
  for (const name of Object.keys(answer.headers)) expect(name, where).not.toMatch(/^x-(?:middleware-|nextjs-rewritten|nextjs-matched-path|next-cache-tags|matched-path|powered-by)/)
  // SERVER_URL is http here: no HSTS (see the https server below).
  expect(answer.headers['strict-transport-security'], where).toBeUndefined()
}

describe('security headers on the production server', () => {
  let server: ProductionServer
  const get = (host: string, pathname: string, headers: Record<string, string> = {}) => visit(`http://${host}:${server.port}${pathname}`, headers)

  beforeAll(async () => {
    server = await startProductionServer()
  }, 600_000)
  afterAll(async () => server?.stop())

  it.each(PAGE_TYPES)('%s: a policy allowing only its own scripts, framed by the admin alone', async (name, host, pathname) => {
    // The first answer is Next's, the second the page cache's (where the page is cacheable): the same headers.
    for (const attempt of ['first', 'again']) {
      const answer = await get(host, pathname, { 'accept-encoding': 'gzip' })
      const where = `${name} (${attempt})`
      expect(answer.status, where).toBe(name === 'not found' ? 404 : 200)
      expectBaseHeaders(answer, where)
      const policy = policyOf(answer)
      expect(policy['script-src'], where).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/)
      expect(policy['default-src'], where).toBe("'self'")
      expect(policy['object-src'], where).toBe("'none'")
      expect(policy['base-uri'], where).toBe("'self'")
      expect(policy['form-action'], where).toBe("'self'")
      expect(policy['frame-ancestors'], where).toBe(server.origin())
      expect(answer.headers['x-frame-options'], where).toBe(host === 'localhost' ? 'SAMEORIGIN' : undefined)
      expect(answer.headers['permissions-policy'], where).toContain('geolocation=(self)')
    }
  })

  it('sends the same bytes to every visitor of a cached page, its policy included', async () => {
    const [a, b] = [await get('london.localhost', '/about'), await get('london.localhost', '/about')]
    expect(b.headers['x-stipple-cache']).toBe('HIT')
    expect(b.headers['content-security-policy']).toBe(a.headers['content-security-policy'])
    expect(b.text).toBe(a.text)
  })

  it.each([
    ['/admin', 'the dashboard (signed out: sent to sign in)'],
    ['/admin/login', 'the sign-in page'],
  ])('admin %s (%s): never framed, its own scripts only', async (pathname) => {
    const answer = await get('localhost', pathname)
    expect([200, 302, 307]).toContain(answer.status)
    expectBaseHeaders(answer, pathname)
    expect(answer.headers['x-frame-options']).toBe('DENY')
    if (answer.status !== 200) return
    const policy = policyOf(answer)
    expect(policy['frame-ancestors']).toBe("'none'")
    expect(policy['script-src']).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/)
    expect(policy['frame-src']).toBe(`'self' ${server.origin()}`)
    expect(answer.headers['permissions-policy']).toContain('geolocation=()')
  })

  it('the API: nothing a browser could run or frame, signed in or not', async () => {
    const { auth } = await signIn(server.origin(), 'owner.london@stipple.localhost')
    for (const [pathname, headers] of [
      ['/api/treatments?limit=1', {}],
      ['/api/users/me', auth],
      ['/api/leads?limit=1', auth],
      ['/api/no-such-collection', {}],
    ] as const) {
      const answer = await get('localhost', pathname, headers)
      expectBaseHeaders(answer, pathname)
      expect(answer.headers['content-security-policy'], pathname).toBe("default-src 'none'; frame-ancestors 'none'")
      expect(answer.headers['x-frame-options'], pathname).toBe('DENY')
    }
  })

  it('answers cross-origin API calls for the admin’s origin alone', async () => {
    const from = (origin: string) => visit(`${server.origin()}/api/treatments?limit=1`, { origin })
    expect((await from(server.origin())).headers['access-control-allow-origin']).toBe(server.origin())
    expect((await from('http://evil.example')).headers['access-control-allow-origin']).toBeUndefined()
    expect((await from(`http://london.localhost:${server.port}`)).headers['access-control-allow-origin']).toBeUndefined()
  })

  describe('with SERVER_URL on https', () => {
    let secure: ProductionServer
    beforeAll(async () => {
      secure = await startProductionServer({ env: { SERVER_URL: 'https://stipple.example' } })
    }, 120_000)
    afterAll(async () => secure?.stop())

    it('tells browsers to use https only, on pages, the admin and the API', async () => {
      for (const pathname of ['/', '/admin/login', '/api/treatments?limit=1']) {
        const answer = await visit(`http://stipple.example:${secure.port}${pathname}`)
        expect(answer.headers['strict-transport-security'], pathname).toBe('max-age=31536000')
      }
      const hub = await visit(`http://stipple.example:${secure.port}/`)
      expect(policyOf(hub)['upgrade-insecure-requests']).toBe('')
      expect(policyOf(hub)['frame-ancestors']).toBe('https://stipple.example')
    })
  })
})

describe.skipIf(!chromiumAvailable())('the policy in Chromium', () => {
  let server: ProductionServer
  let browser: Browser

  /** Every CSP complaint Chromium makes on a page, from the console and the page's own reports. */
  const watch = (page: Page) => {
    const complaints: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to|Permissions-Policy/i.test(message.text())) complaints.push(`${page.url()}: ${message.text().slice(0, 240)}`)
    })
    return complaints
  }
  const newPage = async (context?: BrowserContext) => (context ?? (await browser.newContext())).newPage()

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchChromium()
  }, 600_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('refuses a script slipped into a page, inline or as an event handler, with the page’s own headers', async () => {
    const page = await newPage()
    const complaints = watch(page)
    const url = `http://london.localhost:${server.port}/faq`
    // As stored or reflected script would arrive: inside the page's HTML, with the server's own headers.
    const original = await visit(url)
    expect(original.headers['content-security-policy']).toBeDefined()
    const injected = original.text.replace('</main>', '<script>window.injected = "inline"</script><img src="/nope.png" onerror="window.injected = \'handler\'"></main>')
    const headers = Object.fromEntries(
      Object.entries(original.headers).flatMap(([name, value]) => (name === 'content-length' || name === 'transfer-encoding' || value === undefined ? [] : [[name, String(value)]])),
    )
    await page.route(url, (route) => route.fulfill({ status: original.status, headers, body: injected }))
    await page.goto(url, { waitUntil: 'networkidle' })
    expect(await page.evaluate(() => (window as { injected?: string }).injected)).toBeUndefined()
    expect(complaints.filter((line) => /inline script|event handler|script-src/i.test(line)).length).toBeGreaterThanOrEqual(2)
    // The page's own scripts still ran: React hydrated and noted the visit.
    expect(await page.evaluate(() => sessionStorage.getItem('stipple:visit'))).toContain('/faq')
    await page.context().close()
  })

  it('runs every page type’s own scripts without one CSP complaint, the admin included', async () => {
    const page = await newPage(await browser.newContext({ viewport: { width: 1400, height: 1000 } }))
    const complaints = watch(page)
    for (const [name, host, pathname] of PAGE_TYPES) {
      const response = await page.goto(`http://${host}:${server.port}${pathname}`, { waitUntil: 'networkidle' })
      expect(response?.status(), name).toBe(name === 'not found' ? 404 : 200)
    }
    // Moving between pages goes through Next's client router (navigation payloads, not page loads).
    await page.goto(`http://london.localhost:${server.port}/`, { waitUntil: 'networkidle' })
    await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true))
    await page.locator('header').getByRole('link', { name: 'FAQ' }).click()
    await expect.poll(() => page.url()).toBe(`http://london.localhost:${server.port}/faq`)
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/question/i)
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true)
    await page.locator('header').getByRole('link', { name: 'About us' }).click()
    await expect.poll(() => page.url()).toBe(`http://london.localhost:${server.port}/about`)
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true)

    // The hub's clinic finder is client code: it filters as one types.
    await page.goto(`${server.origin()}/`, { waitUntil: 'networkidle' })
    await page.getByLabel(/city or postcode/i).fill('Leeds')
    await expect.poll(() => page.locator('#find-a-clinic').textContent()).toContain('1 clinic')

    await page.goto(`${server.origin()}/admin/login`, { waitUntil: 'networkidle' })
    await page.fill('#field-email', 'owner.london@stipple.localhost')
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type=submit]')
    await expect.poll(() => page.url(), { timeout: 30_000 }).not.toContain('/login')
    for (const pathname of ['/admin', '/admin/collections/pages', '/admin/collections/leads', '/admin/collections/clinics', '/admin/account']) {
      await page.goto(`${server.origin()}${pathname}`, { waitUntil: 'networkidle' })
    }
    expect(complaints).toEqual([])
    await page.context().close()
  }, 180_000)

  it('lets the admin’s live preview frame a clinic page, and no other origin frame a site or the admin', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await newPage(context)
    const complaints = watch(page)
    const { token } = await signIn(server.origin(), 'owner.london@stipple.localhost')
    await context.addCookies([{ name: 'payload-token', value: token, domain: 'localhost', path: '/' }])
    // The preview shows the latest draft (another test may have left one).
    const pages = (await (
      await fetch(`${server.origin()}/api/pages?where[slug][equals]=open-evening&depth=0&draft=true`, { headers: { Authorization: `JWT ${token}` } })
    ).json()) as { docs: { id: number; title: string }[] }
    const { id, title } = pages.docs[0]!
    await page.goto(`${server.origin()}/admin/collections/pages/${id}`, { waitUntil: 'networkidle' })
    await page.click('#live-preview-toggler')
    const preview = page.frameLocator('iframe')
    await expect(preview.locator('h1').first().textContent({ timeout: 30_000 })).resolves.toBe(title)
    await expect(preview.getByText('Preview of unpublished changes').count()).resolves.toBe(1)
    expect(complaints).toEqual([])

    // A page of any other origin frames neither a site (its own host or the fallback path) nor the admin.
    const framer = http.createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8')
      response.end(FRAMED.map((url) => `<iframe src="${url(server)}"></iframe>`).join(''))
    })
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve))
    try {
      const other = await newPage()
      const refusals = watch(other)
      const blocked: string[] = []
      other.on('requestfailed', (request) => blocked.push(`${request.url()} ${request.failure()?.errorText}`))
      await other.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`, { waitUntil: 'networkidle' })
      expect(blocked.sort()).toEqual(FRAMED.map((url) => `${url(server)} net::ERR_BLOCKED_BY_RESPONSE`).sort())
      expect(refusals.filter((line) => /frame-ancestors/.test(line))).toHaveLength(FRAMED.length)
      expect(other.frames().slice(1).map((frame) => frame.url())).toEqual(FRAMED.map(() => 'chrome-error://chromewebdata/'))
      await other.context().close()
    } finally {
      await new Promise<void>((resolve) => framer.close(() => resolve()))
    }
    await context.close()
  }, 120_000)
})
