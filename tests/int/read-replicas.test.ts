import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/*
 * DATABASE_READ_REPLICA_URIS sends reads to replicas. Here the "replica" is the test database
 * itself under another application name, so PostgreSQL's own session list shows which connection
 * ran which query: reads on the replica's, writes (and the writer's next reads) on the primary's.
 */

const REPLICA = 'stipple-replica-test'

describe('read replicas', () => {
  let payload: Payload
  let admin: pg.Client
  const primaryUri = process.env.DATABASE_URI!

  const lastQueriesOf = async (applicationName: string) =>
    (await admin.query<{ query: string }>('select query from pg_stat_activity where datname = current_database() and application_name = $1', [applicationName])).rows.map(
      (row) => row.query,
    )

  beforeAll(async () => {
    const replica = new URL(primaryUri)
    replica.searchParams.set('application_name', REPLICA)
    // Read once by the config, so set before it is first imported in this file's process.
    process.env.DATABASE_READ_REPLICA_URIS = replica.toString()
    payload = await (await import('../helpers/payload')).testPayload()
    admin = new pg.Client({ connectionString: primaryUri })
    await admin.connect()
  })

  afterAll(async () => {
    await admin?.end()
    await payload?.destroy()
    delete process.env.DATABASE_READ_REPLICA_URIS
  })

  it('runs reads on the replica', async () => {
    const { docs } = await payload.find({ collection: 'treatments', where: { slug: { equals: 'scar-camouflage' } }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const queries = await lastQueriesOf(REPLICA)
    expect(queries.some((query) => /from "treatments"/i.test(query))).toBe(true)
  })

  it('keeps a write and the writer’s next read on the primary', async () => {
    const sample = (await payload.find({ collection: 'faqs', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    const before = await lastQueriesOf(REPLICA)
    const faq = await payload.create({
      collection: 'faqs',
      data: { question: `Replica probe ${Date.now()}?`, answer: sample.answer, category: 'booking', _status: 'published' },
      overrideAccess: true,
    })
    try {
      const read = await payload.findByID({ collection: 'faqs', id: faq.id, depth: 0, overrideAccess: true })
      expect(read.question).toBe(faq.question)
      // The replica's session ran neither the insert nor the read right after it.
      const after = await lastQueriesOf(REPLICA)
      expect(after.some((query) => /insert into "faqs"/i.test(query))).toBe(false)
      expect(after).toEqual(before)
    } finally {
      await payload.delete({ collection: 'faqs', id: faq.id, overrideAccess: true })
    }
  })
})
