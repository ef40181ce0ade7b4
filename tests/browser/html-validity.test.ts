import http from 'node:http'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHARACTERS, FACES } from '@/app/(sites)/fonts/faces'
import type { BookingView } from '@/lib/booking/bookingSteps'
import { DEMO_CLINICS } from '@/seed/data/clinics'

import { checkHtmlFiles, javaAvailable } from './nuChecker'
import { type ProductionServer, startProductionServer } from './productionServer'
import { visit } from './visit'

/*
 * Every page of every clinic and of the brand hub, as the production server sends it, through the
 * W3C Nu checker: each site's sitemap is crawled, plus the pages no sitemap lists (not found, thank
 * you, the booking steps, and the page a form sent without JavaScript gets when nothing could be sent).
 */

const HUB = 'localhost'
const HOSTS = [...DEMO_CLINICS.map((clinic) => `${clinic.slug}.localhost`), HUB]

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** The text a page draws: its markup, scripts, styles and comments left out, entities decoded. */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->|<[^>]+>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) =>
      name[0] === '#' ? String.fromCodePoint(Number(name[1].toLowerCase() === 'x' ? `0${name.slice(1)}` : name.slice(1))) : (ENTITIES[name] ?? entity),
    )

/** A form post without JavaScript (an HTML answer), with the clinic's Host, as a browser sends it. */
const postForm = (url: string, form: Record<string, string>): Promise<{ status: number; text: string }> =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const body = new URLSearchParams(form).toString()
    const request = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { Host: target.host, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body), Accept: 'text/html' },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }))
      },
    )
    request.on('error', reject)
    request.end(body)
  })

describe.skipIf(!javaAvailable())('valid HTML on every page', () => {
  let server: ProductionServer
  let folder: string

  /** Every page crawled, by the address it was fetched from. */
  const pages = new Map<string, string>()

  const crawl = async () => {
    const expectStatus = async (url: string, status: number) => {
      const answer = await visit(url)
      expect(answer.status, url).toBe(status)
      expect(answer.headers['content-type'], url).toMatch(/^text\/html/)
      pages.set(url, answer.text)
    }
    for (const host of HOSTS) {
      const sitemap = await visit(`${server.origin(host)}/sitemap.xml`)
      expect(sitemap.status).toBe(200)
      // Paths only: every server of a test run shares the build's page cache, so a sitemap an earlier
      // test file's server rendered names that server's port.
      const listed = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1].replaceAll('&amp;', '&')))
      expect(listed.length, `${host}'s sitemap`).toBeGreaterThan(0)
      for (const url of listed) {
        expect(url.hostname).toBe(host)
        await expectStatus(`${server.origin(host)}${url.pathname}`, 200)
      }
      await expectStatus(`${server.origin(host)}/no-such-page`, 404)
      if (host === HUB) continue
      await expectStatus(`${server.origin(host)}/book/thanks`, 200)
      // The guided check's answer as its own page (what its form leads to without JavaScript).
      await expectStatus(`${server.origin(host)}/check/norwood-4/skin-3`, 200)
      // The booking steps without JavaScript, which no sitemap lists: days, a day's times, a chosen time, a made-up step, a booked time's thanks.
      const steps = async (query: string) => JSON.parse((await visit(`${server.origin(host)}/book/free-times?${query}`)).text) as BookingView
      const type = (await steps('')).types[0]!.id
      const day = (await steps(`type=${type}`)).weeks![0]!.days[0]!.date
      const time = (await steps(`type=${type}&day=${day}`)).day!.times[0]!
      for (const query of [`type=${type}`, `type=${type}&day=${day}`, `type=${type}&time=${encodeURIComponent(time.startsAt)}`, 'type=999&day=garbage']) {
        await expectStatus(`${server.origin(host)}/book/time?${query}`, 200)
      }
      await expectStatus(`${server.origin(host)}/book/thanks?booked=${encodeURIComponent(time.startsAt)}&type=${type}&with=${time.practitioners[0]}`, 200)
      // Nothing filled in: the answer is the page that says nothing was sent, and why.
      const notSent = await postForm(`${server.origin(host)}/book/request`, {})
      expect(notSent.status).toBe(400)
      pages.set(`${server.origin(host)}/book/request (a form sent without JavaScript, not taken)`, notSent.text)
    }
  }

  beforeAll(async () => {
    server = await startProductionServer()
    folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-html-'))
    try {
      await crawl()
    } catch (error) {
      // A server that stopped answering says why in its own output.
      throw new Error(`${(error as Error).message}\n--- the production server's output, last part:\n${server.output().slice(-4000)}`, { cause: error })
    }
  }, 600_000)

  afterAll(async () => {
    await server?.stop()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('has no Nu checker error on any page of any clinic or of the hub', async () => {
    // The crawl reaches what editors compose, not only fixed templates.
    const london = (pathname: string) => pages.get(`${server.origin('london.localhost')}${pathname}`) ?? ''
    expect(london('/treatments/scar-camouflage'), 'a rich-text list').toContain('<ul class="list-bullet">')
    expect(london('/open-evening'), 'a page composed from blocks').toContain('<form')
    expect((london('/faq').match(/<details/g) ?? []).length, 'a long FAQ').toBeGreaterThanOrEqual(10)
    expect(london('/results'), 'the results filters').toContain('<select')
    expect(london('/book'), 'the booking form').toContain('type="file"')

    // One file per page, checked in one run; each message names the page's address.
    const files = new Map<string, string>()
    for (const [url, html] of pages) {
      const file = path.join(folder, `page-${files.size}.html`)
      await writeFile(file, html)
      files.set(file, url)
    }
    // A page with a known error proves the checker ran and that its messages reach this test.
    const canary = path.join(folder, 'canary.html')
    await writeFile(canary, '<!doctype html><html lang="en"><title>Canary</title><ul><li value="1">An item</li></ul></html>')
    const messages = await checkHtmlFiles([canary, ...files.keys()])
    const fileOf = (url = '') => url.replace(/^file:/, '')
    expect(messages.filter((message) => fileOf(message.url) === canary).map((message) => message.message)).toEqual([expect.stringContaining('“value” not allowed')])
    const errors = messages
      .filter((message) => fileOf(message.url) !== canary && (message.type === 'error' || message.type === 'non-document-error'))
      .map((message) => `${files.get(fileOf(message.url)) ?? message.url} line ${message.lastLine}: ${message.message}${message.extract ? `\n    ${message.extract.trim()}` : ''}`)
    expect(errors).toEqual([])
    expect(files.size).toBeGreaterThan(30)
  }, 300_000)

  it('preloads only its own pairing’s two fonts, which each site serves to be kept a year', async () => {
    // Cached pages carry each preload twice (the layout's <link>, and React's hint of it), which the browser fetches once.
    const fontPreloads = (html: string) => [...new Set([...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((match) => match[1]))]
    const pairings = { london: [FACES.lora, FACES.inter], manchester: [FACES.workSans, FACES.inter], leeds: [FACES.nunito, FACES.workSans] }
    for (const [url, html] of pages) {
      const host = new URL(url).hostname
      const [heading, body] = host === HUB ? [FACES.workSans, FACES.inter] : pairings[host.split('.')[0] as keyof typeof pairings]
      // The no-JavaScript refusal is a page of its own in system fonts. Next renders a not-found page
      // without the head the layout gives it: its fonts load from the stylesheet, unannounced.
      if (url.includes('/book/request') || url.endsWith('/no-such-page')) expect(fontPreloads(html), url).toEqual([])
      else expect(fontPreloads(html), url).toEqual([heading.href, body.href])
    }
    for (const face of Object.values(FACES)) {
      const font = await visit(`${server.origin('leeds.localhost')}${face.href}`)
      expect(font.status, face.href).toBe(200)
      expect(font.headers['content-type']).toBe('font/woff2')
      expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    }
    expect((await visit(`${server.origin('leeds.localhost')}/fonts/other.woff2`)).status).toBe(404)
  })

  it('asks for the main image first, with high priority, and for no other image ahead of the page', () => {
    const imagePreloads = (pathname: string) =>
      [...(pages.get(`${server.origin('london.localhost')}${pathname}`) ?? '').matchAll(/<link rel="preload" as="image"[^>]*>/g)].map((match) => match[0])
    for (const [pathname, image] of [
      ['/', 'hero-london'],
      ['/results', '-after-'],
      ['/results/london-crown-and-hairline', 'case-london-crown-and-hairline-after'],
    ]) {
      const preloads = imagePreloads(pathname)
      expect(preloads, pathname).toHaveLength(1)
      expect(preloads[0]).toContain('fetchPriority="high"')
      expect(preloads[0]).toContain(image)
    }
    // Pages whose first view is text: no image jumps the queue, the logo included.
    expect(imagePreloads('/treatments')).toEqual([])
  })

  it('draws every character of every page with the site’s own fonts', () => {
    const covered = new Set(CHARACTERS)
    const missing = new Map<string, string>()
    for (const [url, html] of pages) {
      for (const character of visibleText(html)) if (!/\s/.test(character) && !covered.has(character)) missing.set(character, url)
    }
    expect([...missing].map(([character, url]) => `U+${character.codePointAt(0)!.toString(16).toUpperCase()} “${character}” on ${url}`)).toEqual([])
  })
})
