import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type EmbeddedDatabase, startEmbeddedDatabase } from '../../scripts/lib/embeddedDatabase'
import { freePort } from '../../scripts/lib/freePort'
import { migrations } from '@/migrations'

import { type ProductionServer, startProductionServer } from '../browser/productionServer'
import { visit } from '../browser/visit'
import { migrateDatabase } from '../helpers/migrateDatabase'

/*
 * The health checks load balancers and Compose ask, on the production server with a PostgreSQL of
 * its own (this file stops it): /healthz says the process answers and never touches the database;
 * /readyz says whether this instance can serve — database reachable, every committed migration
 * applied — and 503 with a short reason when not. Neither is ever cached, on any host.
 */

describe('health checks', () => {
  let folder: string
  let dbPort: number
  let database: EmbeddedDatabase
  let server: ProductionServer
  const check = (pathname: '/healthz' | '/readyz', host = 'localhost', method: 'GET' | 'HEAD' = 'GET') => visit(`http://${host}:${server.port}${pathname}`, {}, method)
  const startDatabase = () => startEmbeddedDatabase({ dataDir: path.join(folder, 'postgres'), database: 'stipple_health', port: dbPort })
  const sql = async (query: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: database.uri })
    await client.connect()
    try {
      return await client.query(query, values)
    } finally {
      await client.end()
    }
  }
  const eventually = async (pathname: '/readyz', status: number) => {
    const deadline = Date.now() + 30_000
    let answer = await check(pathname)
    while (answer.status !== status && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      answer = await check(pathname)
    }
    return answer
  }

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-health-'))
    await chmod(folder, 0o755)
    dbPort = await freePort()
    database = await startDatabase()
    await migrateDatabase(database.uri, 'never')
    server = await startProductionServer({ env: { DATABASE_URI: database.uri } })
  }, 600_000)
  afterAll(async () => {
    await server?.stop()
    await database?.stop()
    await rm(folder, { recursive: true, force: true })
  })

  it('answers on every host, the platform’s, a clinic’s or a stray, and is never cached', async () => {
    for (const host of ['localhost', 'london.localhost', `${randomBytes(4).toString('hex')}.example`, '127.0.0.1']) {
      for (const pathname of ['/healthz', '/readyz'] as const) {
        for (const attempt of [1, 2]) {
          const answer = await check(pathname, host)
          const where = `${host}${pathname} #${attempt}`
          expect(answer.status, where).toBe(200)
          expect(answer.headers['cache-control'], where).toBe('no-store')
          expect(answer.headers['x-stipple-cache'], where).toBeUndefined()
          expect(answer.headers['x-content-type-options'], where).toBe('nosniff')
        }
      }
    }
    expect(JSON.parse((await check('/healthz')).text)).toEqual({ status: 'up' })
    expect(JSON.parse((await check('/readyz')).text)).toEqual({ status: 'ready' })
    expect((await check('/healthz', 'localhost', 'HEAD')).status).toBe(200)
  })

  it('is not ready while a committed migration is missing, saying which', async () => {
    const last = migrations.at(-1)!.name
    const { rows } = await sql('delete from payload_migrations where name = $1 returning name, batch', [last])
    try {
      const answer = await check('/readyz')
      expect(answer.status).toBe(503)
      expect(JSON.parse(answer.text)).toEqual({ status: 'not ready', reason: `1 migration not applied: ${last}` })
      expect((await check('/healthz')).status).toBe(200)
    } finally {
      await sql('insert into payload_migrations (name, batch) values ($1, $2)', [rows[0].name, rows[0].batch])
    }
    expect((await check('/readyz')).status).toBe(200)
  })

  it('is not ready while PostgreSQL is stopped, stays alive, and is ready again once it is back', async () => {
    await database.stop()
    const started = Date.now()
    const down = await eventually('/readyz', 503)
    expect(down.status).toBe(503)
    expect(Date.now() - started).toBeLessThan(10_000)
    const { status, reason } = JSON.parse(down.text) as { status: string; reason: string }
    expect(status).toBe('not ready')
    expect(reason).toMatch(/^database unreachable \([A-Z0-9_]+\)$/)
    // The process itself is fine, and says so at once.
    const alive = Date.now()
    expect((await check('/healthz')).status).toBe(200)
    expect(Date.now() - alive).toBeLessThan(1_000)

    database = await startDatabase()
    expect((await eventually('/readyz', 200)).status).toBe(200)
  }, 90_000)
})
