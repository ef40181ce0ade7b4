import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_FAQS } from '@/seed/data/faqs'

import { encoded, post } from '../helpers/leadClient'
import { testRedisUp, testRedisUrl } from '../helpers/redis'
import { type ProductionServer, startProductionServer } from './productionServer'
import { signIn } from './signIn'
import { visit } from './visit'

/*
 * Two app instances on different ports, one PostgreSQL and the machine's Redis, as behind a load
 * balancer: an edit through instance A is live on instance B within a second (B's cached page is
 * expired through Redis, in Next's cache and in the page cache in front of it), and the lead rate
 * limit is counted across both.
 */

const redisUp = await testRedisUp('the two-instance tests')

describe.skipIf(!redisUp)('two app instances sharing Redis', () => {
  let a: ProductionServer
  let b: ProductionServer
  const page = (server: ProductionServer, pathname: string) => `${server.origin('london.localhost')}${pathname}`

  beforeAll(async () => {
    const env = { REDIS_URL: testRedisUrl, LEAD_LIMIT_PER_IP: '3' }
    a = await startProductionServer({ env })
    b = await startProductionServer({ env })
  }, 600_000)

  const sentEmails: string[] = []
  afterAll(async () => {
    // Other test files count the seeded leads: remove the ones sent here.
    if (a && sentEmails.length > 0) {
      const { token } = await signIn(a.origin(), 'admin@stipple.localhost')
      const where = sentEmails.map((email, index) => `where[or][${index}][email][equals]=${encodeURIComponent(email)}`).join('&')
      await fetch(`${a.origin()}/api/leads?${where}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
    }
    await Promise.all([a?.stop(), b?.stop()])
  })

  it('an edit through instance A is live on instance B within a second', async () => {
    const question = DEMO_FAQS.find((faq) => faq.clinic === 'london')!.question
    // B has the page cached (in the page cache in front of Next) before the edit, and a public API read of it.
    await visit(page(b, '/faq'))
    expect((await visit(page(b, '/faq'))).headers['x-stipple-cache']).toBe('HIT')
    const apiRead = `${b.origin()}/api/faqs?where[question][like]=${encodeURIComponent(question.split(' ').slice(0, 3).join(' '))}&depth=0`
    const readOnB = async () => ({ response: await fetch(apiRead), at: Date.now() })
    await readOnB()
    expect((await readOnB()).response.headers.get('x-stipple-cache')).toBe('HIT')

    const { token } = await signIn(a.origin(), 'owner.london@stipple.localhost')
    const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
    const found = (await (await fetch(`${a.origin()}/api/faqs?where[question][equals]=${encodeURIComponent(question)}&depth=0`, { headers: auth })).json()) as {
      docs: { id: number }[]
    }
    const id = found.docs[0]!.id
    const edited = `${question} (two instances ${Date.now()})`
    try {
      const saved = await fetch(`${a.origin()}/api/faqs/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ question: edited }) })
      expect(saved.status).toBe(200)
      const start = Date.now()
      let html = ''
      while (!html.includes(edited) && Date.now() - start < 5_000) html = (await visit(page(b, '/faq'))).text
      expect(html).toContain(edited)
      expect(Date.now() - start).toBeLessThan(1_000)
      // The API on B has dropped its kept answer too.
      const { response, at } = await readOnB()
      expect(((await response.json()) as { docs: { question: string }[] }).docs.map((faq) => faq.question)).toContain(edited)
      expect(at - start).toBeLessThan(1_000)
    } finally {
      await fetch(`${a.origin()}/api/faqs/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ question }) })
    }
  })

  it('counts one visitor’s consultation requests across both instances', async () => {
    // The visitor is told apart by the socket's address (no proxy in front), here one of 127.0.0.0/8.
    const visitor = `127.0.7.${Math.floor(Math.random() * 200) + 20}`
    const send = async (server: ProductionServer) => {
      const token = ((await (await fetch(`${server.origin()}/clinics/london/book/request`)).json()) as { formToken: string }).formToken
      const email = `limit.${Date.now()}.${sentEmails.length}@example.test`
      sentEmails.push(email)
      const fields = { name: 'Rate Limited', email, phone: '020 7946 0000', privacyConsent: 'on', formToken: token }
      return (await post(server.port, { host: `localhost:${server.port}`, path: '/clinics/london/book/request', from: visitor, ...(await encoded(fields)) })).status
    }
    // The limit is 3 per address: two on A and one on B use it up, whichever instance counts.
    const statuses = [await send(a), await send(b), await send(a), await send(b)]
    expect(statuses).toEqual([201, 201, 201, 429])
  })
})
