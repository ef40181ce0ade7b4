import { randomBytes } from 'node:crypto'
import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PURGE_SECRET_HEADER, PURGE_TAGS_HEADER } from '@/lib/cache/tierPurge'
import { DEMO_FAQS } from '@/seed/data/faqs'

import { freePort } from '../../scripts/lib/freePort'
import { startTier, type Tier, varnishInstalled } from '../../scripts/lib/varnish'
import { testPayload } from '../helpers/payload'
import { type ProductionServer, startProductionServer } from './productionServer'
import { signIn } from './signIn'
import { type Visit, visit } from './visit'

/*
 * The real caching tier (Varnish with deploy/varnish.vcl) in front of the production server and its
 * jobs worker, as a CDN would sit: it keeps the pages, an edit is visible through it within a second,
 * what an editor sees is never what it keeps, it carries on while the app restarts, and a purge it
 * could not take is delivered when it can be reached again. The app's purges reach the tier through a
 * switchable relay here, so "unreachable" can be tested without losing what the tier keeps.
 */

const SECRET = randomBytes(24).toString('hex')

/** A TCP relay to the tier's port that can be cut off, as a network between the app and a tier can be. */
const relayTo = async (port: number) => {
  let open = true
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    if (!open) return socket.destroy()
    const upstream = net.connect(port, '127.0.0.1')
    for (const end of [socket, upstream]) {
      sockets.add(end)
      end.on('error', () => {})
      end.on('close', () => sockets.delete(end))
    }
    socket.pipe(upstream).pipe(socket)
  })
  const relayPort = await freePort()
  await new Promise<void>((resolve) => server.listen(relayPort, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${relayPort}/`,
    cut: () => {
      open = false
      for (const socket of sockets) socket.destroy()
    },
    restore: () => {
      open = true
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe.skipIf(!varnishInstalled())('the caching tier in front of the production server', () => {
  let server: ProductionServer
  let tier: Tier
  let relay: Awaited<ReturnType<typeof relayTo>>
  let serverEnv: Record<string, string>

  const question = DEMO_FAQS.find((faq) => faq.clinic === 'london')!.question
  const throughTier = (path: string, headers: Record<string, string> = {}) => visit(`${tier.origin('london.localhost')}${path}`, headers)
  /** Whether the answer came from what the tier kept; a failed answer fails the test with its status. */
  const kept = (answer: Visit) => {
    expect(answer.status, answer.text.slice(0, 200)).toBe(200)
    return answer.headers['x-tier-cache'] === 'HIT'
  }

  /** Asks through the tier until `done` says yes (or `withinMs` is up); returns the last answer and when it came. */
  const until = async (path: string, done: (answer: Visit) => boolean, withinMs: number) => {
    const start = Date.now()
    let answer = await throughTier(path)
    while (!done(answer) && Date.now() - start < withinMs) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      answer = await throughTier(path)
    }
    return { answer, elapsed: Date.now() - start }
  }

  const londonFaq = async (auth: Record<string, string>) => {
    const found = (await (await fetch(`${server.origin()}/api/faqs?where[question][equals]=${encodeURIComponent(question)}&depth=0`, { headers: auth })).json()) as {
      docs: { id: number }[]
    }
    return found.docs[0]!.id
  }
  /** Every expiry is purged twice, the second time by a job 2 s later (tierPurge.ts): waited for, so the next test's pages stay kept. */
  const purgesSettled = () => new Promise((resolve) => setTimeout(resolve, 4_000))
  const setQuestion = async (auth: Record<string, string>, id: number, text: string) =>
    (await fetch(`${tier.origin()}/api/faqs/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ question: text }) })).status

  beforeAll(async () => {
    const tierPort = await freePort()
    relay = await relayTo(tierPort)
    serverEnv = { CDN_PURGE_URLS: relay.url, CDN_PURGE_SECRET: SECRET, CDN_PURGE_RETRY_DELAY_MS: '300', WORKER_POLL_MS: '250' }
    server = await startProductionServer({ worker: true, env: serverEnv })
    tier = await startTier({ backendPort: server.port, purgeSecret: SECRET, port: tierPort })
    // The tier's health checks reach the app before any test relies on them.
    const ready = await until('/readyz', (answer) => answer.status === 200, 30_000)
    expect(ready.answer.status, tier.output()).toBe(200)
  }, 600_000)
  afterAll(async () => {
    await server?.stop()
    await tier?.remove()
    await relay?.close()
  })

  it('keeps the pages the app tags for it; visitors get neither the tags nor the tier’s lifetime', async () => {
    const direct = await visit(`${server.origin('london.localhost')}/treatments`)
    expect(String(direct.headers.xkey).split(' ')).toEqual(expect.arrayContaining(['treatments']))
    expect(direct.headers.xkey).not.toContain('_N_T_')
    expect(direct.headers['surrogate-control']).toMatch(/^max-age=\d+$/)
    expect(direct.headers['cache-control']).toBe('s-maxage=60, stale-while-revalidate=300')

    await throughTier('/treatments')
    const second = await throughTier('/treatments')
    expect(kept(second)).toBe(true)
    expect(second.text).toContain('Stipple London')
    expect(second.headers.xkey).toBeUndefined()
    expect(second.headers['surrogate-control']).toBeUndefined()
    expect(second.headers['cache-control']).toBe('s-maxage=60, stale-while-revalidate=300')
    expect(second.headers['content-security-policy']).toBe(direct.headers['content-security-policy'])
  })

  it('shows an owner’s edit through the tier within a second, and only on the pages it touched', async () => {
    await throughTier('/faq')
    await throughTier('/about')
    expect(kept(await throughTier('/faq'))).toBe(true)
    expect(kept(await throughTier('/about'))).toBe(true)

    const { json: auth } = await signIn(server.origin(), 'owner.london@stipple.localhost')
    const id = await londonFaq(auth)
    const stamp = `tier ${Date.now()}`
    try {
      expect(await setQuestion(auth, id, `${question} (${stamp})`)).toBe(200)
      const { answer, elapsed } = await until('/faq', (page) => page.text.includes(stamp), 5_000)
      expect(answer.text).toContain(stamp)
      expect(elapsed).toBeLessThan(1_000)
      // Kept again at once, with the edit.
      expect(kept(await throughTier('/faq'))).toBe(true)
      // The About page shows no FAQ: the tier still has it.
      expect(kept(await throughTier('/about'))).toBe(true)
    } finally {
      await setQuestion(auth, id, question)
    }
    expect((await until('/faq', (page) => !page.text.includes(stamp), 5_000)).answer.text).not.toContain(stamp)
    await purgesSettled()
  })

  it('never keeps what a previewing editor sees, nor gives it to a visitor', async () => {
    const { token, json: auth } = await signIn(server.origin(), 'owner.london@stipple.localhost')
    const clinics = (await (await fetch(`${server.origin()}/api/clinics?where[slug][equals]=london&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
    const pages = (await (
      await fetch(`${server.origin()}/api/pages?where[slug][equals]=open-evening&where[clinic][equals]=${clinics.docs[0]!.id}&depth=0`, { headers: auth })
    ).json()) as { docs: { id: number }[] }
    await throughTier('/open-evening')
    expect(kept(await throughTier('/open-evening'))).toBe(true)

    const draftTitle = `Open evening (tier draft ${Date.now()})`
    expect((await fetch(`${tier.origin()}/api/pages/${pages.docs[0]!.id}?draft=true`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: draftTitle }) })).status).toBe(200)
    const signedIn = `payload-token=${token}`
    // As the editor's browser opens the link: Payload takes the session cookie from a same-site or direct navigation only.
    const navigation = { 'sec-fetch-site': 'none' }
    const entered = await visit(`${tier.origin()}/api/preview?path=${encodeURIComponent('/clinics/london/open-evening')}`, { ...navigation, cookie: signedIn })
    expect(entered.status).toBe(307)
    const previewCookies = (entered.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]).join('; ')
    expect(previewCookies).toContain('__prerender_bypass=')
    // The answer that set the cookie was not kept either: asking again reaches the app and gets its own.
    const again = await visit(`${tier.origin()}/api/preview?path=${encodeURIComponent('/clinics/london/open-evening')}`, { ...navigation, cookie: signedIn })
    expect(again.headers['x-tier-cache']).toBe('MISS')
    expect(again.headers['set-cookie']?.join()).toContain('__prerender_bypass=')

    const preview = await visit(`${tier.origin()}/clinics/london/open-evening`, { ...navigation, cookie: `${signedIn}; ${previewCookies}` })
    expect(preview.text).toContain(draftTitle)
    expect(preview.headers['x-tier-cache']).toBe('MISS')
    // (Saving a draft over a published page expires its tags, so the tier may have fetched it again.)
    const visitor = await throughTier('/open-evening')
    expect(visitor.status).toBe(200)
    expect(visitor.text).not.toContain(draftTitle)
    const byPath = await visit(`${tier.origin()}/clinics/london/open-evening`)
    expect(byPath.text).not.toContain(draftTitle)

    // Signed in without a preview: asked of the app, never kept for the next visitor.
    const signedInVisit = await throughTier('/faq', { ...navigation, cookie: signedIn })
    expect(signedInVisit.headers['x-tier-cache']).toBe('MISS')
  })

  it('never keeps the booking page or answers to the lead endpoint', async () => {
    for (const path of ['/book', '/book', '/clinics/london/book']) expect((await throughTier(path)).headers['x-tier-cache']).toBe('MISS')
    for (let attempt = 0; attempt < 2; attempt++) {
      const lead = await fetch(`${tier.origin()}/clinics/london/book/request`, { method: 'POST', body: new URLSearchParams({}) })
      expect(lead.headers.get('x-tier-cache')).toBe('MISS')
    }
  })

  it('refuses a purge without the app’s secret', async () => {
    await throughTier('/results')
    expect(kept(await throughTier('/results'))).toBe(true)
    for (const secret of ['', 'wrong', `${SECRET}0`]) {
      const answer = await fetch(tier.purgeUrl, { method: 'PURGE', headers: { [PURGE_TAGS_HEADER]: 'results:brand media treatments', [PURGE_SECRET_HEADER]: secret } })
      expect(answer.status).toBe(403)
    }
    expect(kept(await throughTier('/results'))).toBe(true)
  })

  it('delivers a purge it could not take once it can be reached again (the jobs queue retries it)', async () => {
    const { json: auth } = await signIn(server.origin(), 'owner.london@stipple.localhost')
    const id = await londonFaq(auth)
    await throughTier('/faq')
    expect(kept(await throughTier('/faq'))).toBe(true)
    const stamp = `unreachable tier ${Date.now()}`
    relay.cut()
    try {
      expect(await setQuestion(auth, id, `${question} (${stamp})`)).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      // The app has the edit; the tier, never told, still has the page from before.
      expect((await visit(`${server.origin('london.localhost')}/faq`)).text).toContain(stamp)
      const meanwhile = await throughTier('/faq')
      expect(kept(meanwhile)).toBe(true)
      expect(meanwhile.text).not.toContain(stamp)
    } finally {
      relay.restore()
    }
    const { answer } = await until('/faq', (page) => page.text.includes(stamp), 20_000)
    expect(answer.text).toContain(stamp)

    await setQuestion(auth, id, question)
    expect((await until('/faq', (page) => !page.text.includes(stamp), 5_000)).answer.text).not.toContain(stamp)
    await purgesSettled()
  }, 60_000)

  it('shows a change the worker publishes on schedule through the tier, though no request to the app made it', async () => {
    const payload = await testPayload()
    const { json: auth } = await signIn(server.origin(), 'owner.london@stipple.localhost')
    const id = await londonFaq(auth)
    const owner = (await payload.find({ collection: 'users', where: { email: { equals: 'owner.london@stipple.localhost' } }, overrideAccess: true })).docs[0]!
    const stamp = `scheduled through the tier ${Date.now()}`
    try {
      await payload.update({ collection: 'faqs', id, data: { question: `${question} (${stamp})` }, draft: true, overrideAccess: true })
      await throughTier('/faq')
      expect(kept(await throughTier('/faq'))).toBe(true)
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'faqs', value: String(id) as never }, user: { relationTo: 'users', value: owner.id } },
        waitUntil: new Date(Date.now() + 1_000),
      })
      expect((await throughTier('/faq')).text).not.toContain(stamp)
      const { answer } = await until('/faq', (page) => page.text.includes(stamp), 15_000)
      expect(answer.text).toContain(stamp)
    } finally {
      // Through the app, so that the tier is purged too (this test process has no tier configured).
      await fetch(`${server.origin()}/api/faqs/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ question, _status: 'published' }) })
      await payload.destroy()
    }
    expect((await until('/faq', (page) => !page.text.includes(stamp), 5_000)).answer.text).not.toContain(stamp)
    await purgesSettled()
  }, 60_000)

  it('keeps serving its pages while the app restarts', async () => {
    for (const path of ['/', '/treatments', '/faq']) {
      await throughTier(path)
      expect(kept(await throughTier(path))).toBe(true)
    }
    const port = server.port
    await server.stop()
    try {
      for (const path of ['/', '/treatments', '/faq']) {
        const answer = await throughTier(path)
        expect(answer.status, path).toBe(200)
        expect(answer.text).toContain('Stipple London')
      }
    } finally {
      server = await startProductionServer({ worker: true, env: serverEnv, port })
    }
    expect((await throughTier('/treatments')).status).toBe(200)
  }, 120_000)
})
