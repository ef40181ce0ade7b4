import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ProductionServer, startProductionServer } from '../browser/productionServer'
import { signIn } from '../browser/signIn'
import { PEOPLE } from '../helpers/actors'

/*
 * The API's public reads over HTTP on the production server: an anonymous read of published
 * content is kept (and revalidated with its ETag), a signed-in, draft or private read never is —
 * neither kept for others nor answered from what a visitor was given — and an edit empties what
 * was kept. Anonymous readers stay within their limits.
 */

type Answer = { status: number; headers: Headers; body: any }

describe('public reads through the API', () => {
  let server: ProductionServer
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    server = await startProductionServer()
    for (const [person, email] of Object.entries(PEOPLE)) tokens[person] = (await signIn(server.origin(), email)).token
  }, 600_000)
  afterAll(async () => {
    await server?.stop()
  })

  const get = async (path: string, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${server.origin()}${path}`, { headers })
    const text = await response.text()
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null }
  }
  const as = (person: string) => ({ Authorization: `JWT ${tokens[person]}` })
  const graphqlPath = (query: string) => `/api/graphql?query=${encodeURIComponent(query)}`

  it('keeps an anonymous read of published content, with its ETag, and answers 304 to a reader who has it', async () => {
    const path = '/api/treatments?limit=5&sort=title'
    const first = await get(path)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/".+"$/)
    expect(first.headers.get('cache-control')).toMatch(/max-age=0, must-revalidate.*s-maxage=60/)
    expect(first.headers.get('vary')).toMatch(/Authorization/)
    const second = await get(path)
    expect(second.headers.get('x-stipple-cache')).toBe('HIT')
    expect(second.body).toEqual(first.body)
    expect(second.headers.get('etag')).toBe(etag)
    // A browser's cross-origin read gets the CORS answer for its own origin, never a kept copy.
    const crossOrigin = await get(path, { Origin: server.origin() })
    expect(crossOrigin.headers.get('x-stipple-cache')).toBeNull()
    expect(crossOrigin.headers.get('access-control-allow-origin')).toBe(server.origin())
    const revalidated = await fetch(`${server.origin()}${path}`, { headers: { 'If-None-Match': etag } })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    // The same for a read the server does not hold yet: the app itself answers 304.
    const fresh = await get('/api/treatments?limit=4&sort=title')
    expect((await fetch(`${server.origin()}/api/treatments?limit=4&sort=title&x=1`, { headers: { 'If-None-Match': fresh.headers.get('etag')! } })).status).toBe(304)
  })

  it('never answers a signed-in reader from a visitor’s copy, nor a visitor from a signed-in reader’s (REST, each role)', async () => {
    const path = '/api/case-studies?limit=100&depth=0'
    const visitor = await get(path)
    expect((await get(path)).headers.get('x-stipple-cache')).toBe('HIT')
    for (const person of Object.keys(PEOPLE)) {
      const signedIn = await get(path, as(person))
      expect(signedIn.status, person).toBe(200)
      expect(signedIn.headers.get('x-stipple-cache'), person).toBeNull()
      expect(signedIn.headers.get('cache-control'), person).toBe('private, no-store')
      expect(signedIn.headers.get('etag'), person).toBeNull()
    }
    // Editors see drafts as well: their answer is another one than the visitor's.
    expect((await get(path, as('marketing'))).body.totalDocs).toBeGreaterThan(visitor.body.totalDocs)
    const fresh = '/api/case-studies?limit=99&depth=0'
    await get(fresh, as('admin'))
    const afterAdmin = await get(fresh)
    expect(afterAdmin.headers.get('x-stipple-cache')).toBeNull()
    expect(afterAdmin.body.totalDocs).toBe(visitor.body.totalDocs)
  })

  it('keeps an anonymous GraphQL read, never a signed-in one, and takes no mutation by GET', async () => {
    const query = '{ CaseStudies(limit: 100) { totalDocs } }'
    const visitor = await get(graphqlPath(query))
    expect(visitor.status).toBe(200)
    expect((await get(graphqlPath(query))).headers.get('x-stipple-cache')).toBe('HIT')
    for (const person of Object.keys(PEOPLE)) {
      const signedIn = await get(graphqlPath(query), as(person))
      expect(signedIn.headers.get('x-stipple-cache'), person).toBeNull()
      expect(signedIn.headers.get('cache-control'), person).toBe('private, no-store')
    }
    expect((await get(graphqlPath(query), as('admin'))).body.data.CaseStudies.totalDocs).toBeGreaterThan(visitor.body.data.CaseStudies.totalDocs)
    const mutation = await get(graphqlPath('mutation { deleteFaq(id: 1) { id } }'))
    expect(mutation.status).toBe(405)
  })

  it('never keeps drafts, private collections or answers that are not 200', async () => {
    for (const path of ['/api/case-studies?draft=true&limit=5', '/api/leads?limit=5', '/api/users?limit=5', '/api/treatments/999999']) {
      const first = await get(path)
      const again = await get(path)
      expect(again.headers.get('x-stipple-cache'), path).toBeNull()
      expect(first.headers.get('cache-control'), path).toBe('private, no-store')
    }
  })

  it('holds anonymous readers to their limits', async () => {
    expect((await get('/api/case-studies?limit=101')).status).toBe(400)
    expect((await get('/api/case-studies?limit=0')).status).toBe(400)
    expect((await get('/api/faqs?pagination=false')).status).toBe(400)
    expect((await get('/api/faqs?limit=100')).status).toBe(200)
    expect((await get('/api/faqs?pagination=false', as('admin'))).status).toBe(200)
  })

  it('sends a case study with its clinic’s name, city and address, not the whole clinic', async () => {
    const { body } = await get('/api/case-studies?limit=1&depth=1')
    const clinic = body.docs[0].clinic
    expect(Object.keys(clinic).sort()).toEqual(['contact', 'hostnames', 'id', 'name', 'slug', 'status'])
    expect(Object.keys(clinic.contact)).toEqual(['city'])
    // A consumer who needs more asks for it.
    const asked = await get('/api/case-studies?limit=1&depth=1&populate[clinics][branding]=true&populate[clinics][name]=true')
    expect(asked.body.docs[0].clinic.branding).toBeDefined()
  })

  it('shows an edit through the API within a second', async () => {
    const path = '/api/treatments?limit=1&sort=title&depth=0'
    const before = await get(path)
    expect((await get(path)).headers.get('x-stipple-cache')).toBe('HIT')
    const treatment = before.body.docs[0]
    const patch = (title: string) =>
      fetch(`${server.origin()}/api/treatments/${treatment.id}`, { method: 'PATCH', headers: { ...as('marketing'), 'Content-Type': 'application/json' }, body: JSON.stringify({ title }) })
    try {
      expect((await patch(`${treatment.title} (edited)`)).status).toBe(200)
      const editedAt = Date.now()
      let seen = ''
      while (Date.now() - editedAt < 1000 && !seen.endsWith('(edited)')) seen = (await get(path)).body.docs[0].title
      expect(seen).toBe(`${treatment.title} (edited)`)
    } finally {
      await patch(treatment.title)
    }
  })
})
