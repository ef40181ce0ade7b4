import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INTERNAL_COLLECTION_RULES, INTERNAL_GLOBAL_RULES } from '@/access/internal'

import { graphql, rest } from '../helpers/api'
import { type Actor, type Api, APIS, AS, VIA, cross, loadSeed, type Seed, type Session, signInAll } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * Payload's own collections and global — the jobs queue and its statistics, migrations, its
 * key-value store — as each role, through REST, GraphQL and the Local API with access on. (Edit
 * locks and admin preferences, which every signed-in person uses, have their own file.)
 */

const ACTORS: Actor[] = ['admin', 'marketing', 'ownerLondon', 'staffLondon', 'visitor']
type Outcome = { status: number; count: number }

const GQL: Partial<Record<CollectionSlug, string>> = { 'payload-jobs': 'PayloadJobs', 'payload-kv': 'PayloadKvs' }

describe('Payload’s own collections and global', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    // Something in each, so "reads nothing" is tested against something to read.
    await payload.jobs.queue({ task: 'notifyClinicOfLead', input: { lead: seed.rows.leads.london[0]! }, queue: 'access-probe' })
  })
  afterAll(async () => {
    await payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'access-probe' } }, overrideAccess: true })
    await payload.destroy()
  })

  const list = async (api: Api, session: Session, collection: CollectionSlug): Promise<Outcome> => {
    if (api === 'local') {
      try {
        const found = await payload.find({ collection, depth: 0, limit: 5, overrideAccess: false, user: session.user })
        return { status: 200, count: found.docs.length }
      } catch (error) {
        return { status: Number((error as { status?: number }).status ?? 500), count: 0 }
      }
    }
    if (api === 'rest') {
      const res = await rest('GET', `${collection}?depth=0&limit=5`, { token: session.token })
      return { status: res.status, count: res.body?.docs?.length ?? 0 }
    }
    const name = GQL[collection]
    const res = await graphql(`{ ${name}(limit: 5) { docs { id } } }`, { token: session.token })
    return { status: res.body.errors?.length ? Number(res.body.errors[0].extensions?.statusCode ?? 500) : 200, count: res.body.data?.[name!]?.docs?.length ?? 0 }
  }

  it('every collection and global Payload adds has rules of ours', () => {
    const internal = payload.config.collections.map((collection) => collection.slug).filter((slug) => slug.startsWith('payload-'))
    expect(internal.sort()).toEqual(Object.keys(INTERNAL_COLLECTION_RULES).sort())
    for (const slug of internal) {
      const rules = payload.collections[slug as CollectionSlug].config.access
      for (const [operation, rule] of Object.entries(INTERNAL_COLLECTION_RULES[slug]!)) expect(rules[operation as keyof typeof rules], `${slug} ${operation}`).toBe(rule)
    }
    const globals = payload.config.globals.filter((global) => global.slug.startsWith('payload-'))
    expect(globals.map((global) => global.slug)).toEqual(Object.keys(INTERNAL_GLOBAL_RULES))
  })

  for (const [actor, api] of cross(ACTORS, APIS)) {
    const reads = actor === 'admin'
    it(`${AS[actor]}, ${reads ? 'reads' : 'cannot read'} the jobs queue, and reads nothing of the key-value store, via ${VIA[api]}`, async () => {
      const jobs = await list(api, s[actor], 'payload-jobs')
      if (reads) expect(jobs.status).toBe(200)
      else expect([401, 403], `${jobs.status}`).toContain(jobs.status)
      expect(jobs.count > 0).toBe(reads)
      const kv = await list(api, s[actor], 'payload-kv')
      expect([401, 403]).toContain(kv.status)
    })

    it(`${AS[actor]}, cannot queue, change or remove a job via ${VIA[api]}`, async () => {
      const job = (await payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'access-probe' } }, limit: 1, overrideAccess: true })).docs[0]!
      const statuses: number[] = []
      if (api === 'local') {
        for (const write of [
          () => payload.create({ collection: 'payload-jobs', data: { taskSlug: 'notifyClinicOfLead', input: { lead: 1 }, queue: 'access-probe' } as never, overrideAccess: false, user: s[actor].user }),
          () => payload.update({ collection: 'payload-jobs', id: job.id, data: { queue: 'elsewhere' } as never, overrideAccess: false, user: s[actor].user }),
          () => payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: false, user: s[actor].user }),
        ])
          statuses.push(await write().then(() => 200, (error) => Number(error.status ?? 500)))
      } else if (api === 'rest') {
        statuses.push((await rest('POST', 'payload-jobs', { token: s[actor].token, body: { taskSlug: 'notifyClinicOfLead', input: { lead: 1 }, queue: 'access-probe' } })).status)
        statuses.push((await rest('PATCH', `payload-jobs/${job.id}`, { token: s[actor].token, body: { queue: 'elsewhere' } })).status)
        statuses.push((await rest('DELETE', `payload-jobs/${job.id}`, { token: s[actor].token })).status)
      } else {
        for (const mutation of [`mutation { updatePayloadJob(id: ${job.id}, data: { queue: "elsewhere" }) { id } }`, `mutation { deletePayloadJob(id: ${job.id}) { id } }`]) {
          const res = await graphql(mutation, { token: s[actor].token })
          statuses.push(res.body.errors?.length ? Number(res.body.errors[0].extensions?.statusCode ?? 500) : 200)
        }
      }
      for (const status of statuses) expect([401, 403, 404]).toContain(status)
      const after = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'access-probe' } }, overrideAccess: true })
      expect(after.docs.map((one) => [one.id, one.queue])).toEqual([[job.id, 'access-probe']])
    })

    it(`${AS[actor]}, ${reads ? 'reads' : 'cannot read'} the job statistics, and nobody changes them, via ${VIA[api]}`, async () => {
      let readStatus: number
      let writeStatus: number
      if (api === 'local') {
        readStatus = await payload.findGlobal({ slug: 'payload-jobs-stats', overrideAccess: false, user: s[actor].user }).then(() => 200, (error) => Number(error.status ?? 500))
        writeStatus = await payload
          .updateGlobal({ slug: 'payload-jobs-stats', data: { stats: { scheduledRuns: {} } }, overrideAccess: false, user: s[actor].user })
          .then(() => 200, (error) => Number(error.status ?? 500))
      } else if (api === 'rest') {
        readStatus = (await rest('GET', 'globals/payload-jobs-stats', { token: s[actor].token })).status
        writeStatus = (await rest('POST', 'globals/payload-jobs-stats', { token: s[actor].token, body: { stats: { scheduledRuns: {} } } })).status
      } else {
        const read = await graphql('{ PayloadJobsStat { stats } }', { token: s[actor].token })
        readStatus = read.body.errors?.length ? Number(read.body.errors[0].extensions?.statusCode ?? 500) : 200
        const write = await graphql('mutation { updatePayloadJobsStat(data: { stats: {} }) { stats } }', { token: s[actor].token })
        writeStatus = write.body.errors?.length ? Number(write.body.errors[0].extensions?.statusCode ?? 500) : 200
      }
      expect(readStatus).toBe(reads ? 200 : 403)
      expect(writeStatus).toBe(403)
    })
  }

  for (const actor of ACTORS) {
    it(`${AS[actor]}, ${actor === 'admin' ? 'reads' : 'cannot read'} which migrations ran, and nobody records one (Local API; REST and GraphQL have no such route)`, async () => {
      const read = await payload.find({ collection: 'payload-migrations', overrideAccess: false, user: s[actor].user }).then((found) => found.docs.length, (error) => -Number(error.status))
      if (actor === 'admin') expect(read).toBeGreaterThan(0)
      else expect(read).toBe(-403)
      await expect(payload.create({ collection: 'payload-migrations', data: { name: 'forged', batch: 99 }, overrideAccess: false, user: s[actor].user })).rejects.toMatchObject({ status: 403 })
      expect((await rest('GET', 'payload-migrations', { token: s[actor].token })).status).toBe(404)
    })
  }
})
