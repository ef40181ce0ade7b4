import { cp, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_CLINICS } from '@/seed/data/clinics'

import { startProductionServer } from '../browser/productionServer'
import { visit } from '../browser/visit'

/*
 * A cached page never outlives the database it came from. Two production servers, one after the
 * other, in the same folder (the same dist dir, as `npm test` and then `npm start` or `npm run dev`
 * in one checkout): the second, on another database, must show its own database's clinic, not the
 * pages and reads the first one left on disk. tests/int/launcher.test.ts does the same with
 * `npm run dev`.
 */

const london = DEMO_CLINICS.find((clinic) => clinic.slug === 'london')!

describe('cached pages and their database', () => {
  const name = `stipple_state_${process.pid}`
  let otherUri: string
  let mediaDir: string
  const admin = (database: string) => {
    const url = new URL(process.env.DATABASE_URI!)
    url.pathname = `/${database}`
    return new pg.Client({ connectionString: url.toString() })
  }

  beforeAll(async () => {
    const client = admin('postgres')
    await client.connect()
    await client.query(`drop database if exists ${name}`)
    await client.query(`create database ${name} template ${new URL(process.env.DATABASE_URI!).pathname.slice(1)}`)
    await client.end()
    const url = new URL(process.env.DATABASE_URI!)
    url.pathname = `/${name}`
    otherUri = url.toString()
    // A copy of the suite's seeded database (PostgreSQL copies it as a template, in well under a
    // second, where migrating and seeding another one takes 20–30 s here), and of its uploads, which
    // stay its own, out of the suite's media folder. The copy has its own oid and name: to the
    // servers, another database (docs/decisions/0010).
    mediaDir = await mkdtemp(path.join(os.tmpdir(), 'stipple-state-media-'))
    await cp(process.env.STIPPLE_MEDIA_DIR!, mediaDir, { recursive: true })
    const other = new pg.Client({ connectionString: otherUri })
    await other.connect()
    await other.query(`update clinics set name = $1 where slug = 'london'`, [`${london.name} of the other database`])
    await other.end()
  }, 180_000)

  afterAll(async () => {
    const client = admin('postgres')
    await client.connect()
    await client.query(`drop database if exists ${name} with (force)`)
    await client.end()
    await rm(mediaDir, { recursive: true, force: true })
  })

  /** The clinic's home and the hub, as one server on `databaseUri` shows them; the server is stopped after. */
  const pagesOn = async (databaseUri: string, env: Record<string, string> = {}) => {
    const server = await startProductionServer({ env: { DATABASE_URI: databaseUri, ...env } })
    try {
      const home = await visit(`${server.origin('london.localhost')}/`)
      const hub = await visit(`${server.origin('localhost')}/`)
      expect(home.status).toBe(200)
      return { home: home.text, hub: hub.text }
    } finally {
      await server.stop()
    }
  }

  it('shows each database’s own clinic when servers on two databases run in turn in one folder', async () => {
    const other = await pagesOn(otherUri, { STIPPLE_MEDIA_DIR: mediaDir })
    expect(other.home).toContain(`${london.name} of the other database`)
    expect(other.hub).toContain(`${london.name} of the other database`)

    // The suite's database: its own name, though the other one's pages were rendered and stored here.
    const suite = await pagesOn(process.env.DATABASE_URI!)
    expect(suite.home).toContain(london.name)
    expect(suite.home).not.toContain('of the other database')
    expect(suite.hub).not.toContain('of the other database')

    // And back: nothing of the suite's leaks into the other either.
    expect((await pagesOn(otherUri, { STIPPLE_MEDIA_DIR: mediaDir })).home).toContain(`${london.name} of the other database`)
  }, 240_000)
})
