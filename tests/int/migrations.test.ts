import { spawnSync } from 'node:child_process'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { scriptProcessArgs } from '../../scripts/lib/scriptProcess'

/**
 * The committed migrations alone build the whole schema on an empty database — the same command
 * a production deploy runs — and a second run has nothing to do.
 */
describe('migrations', () => {
  const name = `stipple_migrations_${process.pid}`
  const runUri = new URL(process.env.DATABASE_URI!)
  const serverUri = new URL(runUri)
  serverUri.pathname = '/postgres'
  const emptyUri = new URL(runUri)
  emptyUri.pathname = `/${name}`

  const query = async (uri: URL, sql: string) => {
    const client = new pg.Client({ connectionString: uri.toString() })
    await client.connect()
    try {
      return await client.query(sql)
    } finally {
      await client.end()
    }
  }
  const migrate = () =>
    spawnSync(process.execPath, scriptProcessArgs('scripts/migrate.ts', 'production'), {
      env: { ...process.env, DATABASE_URI: emptyUri.toString() },
      encoding: 'utf8',
      timeout: 120_000,
    })

  beforeAll(async () => {
    await query(serverUri, `drop database if exists ${name}`)
    await query(serverUri, `create database ${name}`)
  })
  afterAll(async () => {
    await query(serverUri, `drop database if exists ${name} with (force)`)
  })

  it('apply to an empty database and create every collection’s table', async () => {
    const first = migrate()
    expect(first.status, first.stderr + first.stdout).toBe(0)
    const tables = await query(emptyUri, "select table_name from information_schema.tables where table_schema = 'public'")
    const names = tables.rows.map((row) => row.table_name as string)
    for (const table of ['clinics', 'users', 'treatments', 'faqs', 'case_studies', 'leads', 'media', 'consent_forms', 'team_members', 'pages', 'consultation_types', 'availability_exceptions', 'bookings', 'payload_migrations']) {
      expect(names).toContain(table)
    }
    // PostgreSQL's own refusal of double bookings (docs/decisions/0017) comes with the schema, not with the app.
    const exclusion = await query(emptyUri, "select contype from pg_constraint where conname = 'bookings_no_double_booking'")
    expect(exclusion.rows).toEqual([{ contype: 'x' }])
    const gist = await query(emptyUri, "select 1 from pg_extension where extname = 'btree_gist'")
    expect(gist.rowCount).toBe(1)
    const applied = await query(emptyUri, 'select name from payload_migrations where batch > 0')
    expect(applied.rowCount).toBeGreaterThan(0)

    const second = migrate()
    expect(second.status, second.stderr).toBe(0)
    const again = await query(emptyUri, 'select name from payload_migrations where batch > 0')
    expect(again.rowCount).toBe(applied.rowCount)
  })
})
