import pg from 'pg'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EXPIRED_TAGS_CHANNEL } from '@/lib/cache/channels.cjs'
import { announceExpiredTags } from '@/lib/cache/expiryAnnouncements'
import { revalidateTags } from '@/lib/cache/revalidate'
import { tags } from '@/lib/cache/tags'

import { testPayload } from '../helpers/payload'

/*
 * Changes made outside Next (here: this test process, as in the jobs worker) expire no page cache
 * where they happen; their tags are announced on PostgreSQL's channel, which every app process
 * listens to (postgresExpiries.cjs). Listened to here with a plain LISTEN connection.
 */

describe('announcing cache expiries made outside Next', () => {
  let payload: Payload
  let req: PayloadRequest
  let listener: pg.Client
  const heard: string[][] = []

  const settle = () => new Promise((resolve) => setTimeout(resolve, 200))

  beforeAll(async () => {
    payload = await testPayload()
    req = await createLocalReq({}, payload)
    listener = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await listener.connect()
    listener.on('notification', ({ payload: message }) => heard.push(JSON.parse(message!)))
    await listener.query(`LISTEN ${EXPIRED_TAGS_CHANNEL}`)
    await announceExpiredTags(payload) // whatever earlier files left behind in this process
    await settle()
    heard.length = 0
  })
  afterAll(async () => {
    await listener?.end()
    await payload?.destroy()
  })

  it('announces each expired tag once, and nothing when nothing expired since', async () => {
    await revalidateTags(['clinic:1', 'faqs', 'clinic:1'], req)
    await revalidateTags(['faqs'], req)
    expect(await announceExpiredTags(payload)).toBe(2)
    expect(await announceExpiredTags(payload)).toBe(0)
    await settle()
    expect(heard).toEqual([['clinic:1', 'faqs']])
  })

  it('splits many tags over several notices, each under PostgreSQL’s size limit, losing none', async () => {
    heard.length = 0
    const many = Array.from({ length: 100 }, (_, index) => `case-study:${index}`)
    await revalidateTags(many, req)
    await announceExpiredTags(payload)
    await settle()
    expect(heard.length).toBeGreaterThan(1)
    expect(heard.flat().sort()).toEqual([...many].sort())
  })

  it('a real change through the Local API (a clinic edit) is announced with that clinic’s tags', async () => {
    heard.length = 0
    const clinic = (await payload.find({ collection: 'clinics', where: { slug: { equals: 'leeds' } }, overrideAccess: true, depth: 0 })).docs[0]!
    await payload.update({ collection: 'clinics', id: clinic.id, data: {}, overrideAccess: true })
    await announceExpiredTags(payload)
    await settle()
    expect(heard.flat()).toEqual(expect.arrayContaining([tags.clinic(clinic.id)]))
  })
})
