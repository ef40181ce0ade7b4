import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphql, rest } from '../helpers/api'
import { demoToken, testPayload } from '../helpers/payload'

describe('smoke', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(async () => {
    await payload.destroy()
  })

  it('anonymous REST lists live clinics', async () => {
    const res = await rest('GET', 'clinics?depth=0')
    expect(res.status).toBe(200)
    expect(res.body.docs.map((c: { slug: string }) => c.slug).sort()).toEqual(['leeds', 'london', 'manchester'])
  })

  it('GraphQL as admin counts leads', async () => {
    const token = await demoToken(payload, 'admin@stipple.localhost')
    const res = await graphql('{ Leads { totalDocs } }', { token })
    expect(res.status).toBe(200)
    expect(res.body.data.Leads.totalDocs).toBe(5)
  })
})
