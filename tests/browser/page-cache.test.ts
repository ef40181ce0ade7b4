import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { announceExpiredTags } from '@/lib/cache/expiryAnnouncements'
import { DEMO_FAQS } from '@/seed/data/faqs'

import { testPayload } from '../helpers/payload'
import { type ProductionServer, startProductionServer } from './productionServer'
import { signIn } from './signIn'
import { visit } from './visit'

/*
 * The page cache in front of Next, on the production server with the real build: repeat visits are
 * answered from it, an edit in the admin — or one the jobs worker publishes on schedule — is live on
 * the very next visit, and what must stay per-visitor (free times, previews) never comes from it.
 */

describe('page cache on the production server', () => {
  let server: ProductionServer

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const answer = await visit(`${server.origin('london.localhost')}${path}`, headers)
    return { ...answer, fromPageCache: answer.headers['x-stipple-cache'] === 'HIT' }
  }

  const ownerAuth = async () => (await signIn(server.origin(), 'owner.london@stipple.localhost')).json

  beforeAll(async () => {
    server = await startProductionServer({ worker: true })
  }, 600_000)
  afterAll(async () => server?.stop())

  it('answers a repeat visit to a clinic page from memory, byte for byte, compressed for browsers that ask', async () => {
    const first = await get('/treatments')
    const second = await get('/treatments')
    expect(first.status).toBe(200)
    expect(second.fromPageCache).toBe(true)
    expect(second.text).toBe(first.text)
    expect(second.text).toContain('Stipple London')

    await get('/treatments', { 'accept-encoding': 'gzip' })
    const zipped = await get('/treatments', { 'accept-encoding': 'gzip' })
    expect(zipped.fromPageCache).toBe(true)
    expect(zipped.headers['content-encoding']).toBe('gzip')
  })

  it('shows an owner’s edit on the very next visit', async () => {
    const question = DEMO_FAQS.find((faq) => faq.clinic === 'london')!.question
    await get('/faq')
    expect((await get('/faq')).fromPageCache).toBe(true)

    const auth = await ownerAuth()
    const found = (await (await fetch(`${server.origin()}/api/faqs?where[question][equals]=${encodeURIComponent(question)}&depth=0`, { headers: auth })).json()) as {
      docs: { id: number }[]
    }
    const id = found.docs[0]!.id
    const stamp = `page cache ${Date.now()}`
    const edited = `${question} (${stamp})`
    try {
      expect((await fetch(`${server.origin()}/api/faqs/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ question: edited }) })).status).toBe(200)
      const next = await get('/faq')
      expect(next.fromPageCache).toBe(false)
      expect(next.text).toContain(stamp)
      expect((await get('/faq')).text).toContain(stamp)
    } finally {
      await fetch(`${server.origin()}/api/faqs/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ question }) })
    }
  })

  it('keeps the sitemap too, and a clinic edit shows in it on the next request', async () => {
    const homeEntry = (xml: string) => /<url>\s*<loc>[^<]*<\/loc>\s*(?:<lastmod>([^<]*)<\/lastmod>)?/.exec(xml)?.[1]
    const before = await get('/sitemap.xml')
    expect((await get('/sitemap.xml')).fromPageCache).toBe(true)

    const auth = await ownerAuth()
    const clinics = (await (await fetch(`${server.origin()}/api/clinics?where[slug][equals]=london&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
    expect((await fetch(`${server.origin()}/api/clinics/${clinics.docs[0]!.id}`, { method: 'PATCH', headers: auth, body: '{}' })).status).toBe(200)
    const after = await get('/sitemap.xml')
    expect(after.fromPageCache).toBe(false)
    expect(homeEntry(after.text)).toBeDefined()
    expect(homeEntry(after.text)).not.toBe(homeEntry(before.text))
  })

  it('shows a change the worker publishes at its scheduled time, though no request to the app made it', async () => {
    const question = DEMO_FAQS.find((faq) => faq.clinic === 'london')!.question
    const payload = await testPayload()
    const faq = (await payload.find({ collection: 'faqs', where: { question: { equals: question } }, overrideAccess: true, depth: 0 })).docs[0]!
    const owner = (await payload.find({ collection: 'users', where: { email: { equals: 'owner.london@stipple.localhost' } }, overrideAccess: true })).docs[0]!
    const stamp = `scheduled ${Date.now()}`
    try {
      await get('/faq')
      expect((await get('/faq')).fromPageCache).toBe(true)
      await payload.update({ collection: 'faqs', id: faq.id, data: { question: `${question} (${stamp})` }, draft: true, overrideAccess: true })
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'faqs', value: String(faq.id) as never }, user: { relationTo: 'users', value: owner.id } },
        waitUntil: new Date(Date.now() + 1_000),
      })
      expect((await get('/faq')).text).not.toContain(stamp)

      const start = Date.now()
      let page = await get('/faq')
      while (!page.text.includes(stamp) && Date.now() - start < 15_000) {
        await new Promise((resolve) => setTimeout(resolve, 250))
        page = await get('/faq')
      }
      expect(page.text).toContain(stamp)
    } finally {
      await payload.update({ collection: 'faqs', id: faq.id, data: { question, _status: 'published' }, overrideAccess: true })
      // This test process changed it back: it announces that itself, as the worker does.
      await announceExpiredTags(payload)
      await payload.destroy()
    }
  })

  it('keeps the booking page, which shows no free time, but never its steps, their free times or a preview', async () => {
    await get('/book')
    const book = await get('/book')
    expect(book.status).toBe(200)
    expect(book.fromPageCache).toBe(true)
    expect(book.text).not.toMatch(/\d+ free times?/)

    // Free times are read per request: the no-JavaScript steps and the JSON the enhanced page reads.
    for (const step of ['/book/time?type=1', '/book/free-times?type=1']) {
      await get(step)
      const again = await get(step)
      expect(again.status, step).toBe(200)
      expect(again.fromPageCache, step).toBe(false)
      expect(again.headers['cache-control'], step).toMatch(/\bno-store\b/)
    }

    await get('/about')
    expect((await get('/about')).fromPageCache).toBe(true)
    expect((await get('/about', { cookie: '__prerender_bypass=someone-previewing' })).fromPageCache).toBe(false)
  })
})
