import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedDatabase } from '../../scripts/lib/embeddedDatabase'
import { scriptProcessArgs } from '../../scripts/lib/scriptProcess'

const run = (command: string, args: string[]) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => resolve({ code, output }))
  })

/**
 * A throw-away PostgreSQL for the whole run: an embedded server in a temporary folder, or — when
 * DATABASE_URI is set — a fresh database on that server, dropped afterwards. Migrations and the
 * demo content are applied once; every test file reads the seed as its fixtures.
 */
export default async function setup() {
  // Strong and new for every run: the suite's production servers check it as production does.
  process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
  // Names this run, e.g. so the browser tests build the production app once for all their files.
  process.env.STIPPLE_TEST_RUN = `${process.pid}-${Date.now()}`
  // Uploads and local data of this run go to scratch folders, never into the developer's media/ or
  // .data/ (Next builds into .next-test and .next-test-dev, never .next).
  const mediaDir = await mkdtemp(path.join(os.tmpdir(), 'stipple-media-'))
  process.env.STIPPLE_MEDIA_DIR = mediaDir
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'stipple-data-'))
  process.env.STIPPLE_DATA_DIR = dataDir
  let teardown: () => Promise<void>

  if (process.env.DATABASE_URI) {
    const server = new URL(process.env.DATABASE_URI)
    const name = `stipple_test_${process.pid}_${Date.now()}`
    const admin = new pg.Client({ connectionString: server.toString() })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    process.env.STIPPLE_TEST_SERVER_URI = server.toString()
    server.pathname = `/${name}`
    process.env.DATABASE_URI = server.toString()
    teardown = async () => {
      const client = new pg.Client({ connectionString: process.env.STIPPLE_TEST_SERVER_URI })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    }
  } else {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-test-'))
    // As root the server runs as the `postgres` user, which must reach the folder mkdtemp made 0700.
    await chmod(folder, 0o755)
    const dataDir = path.join(folder, 'postgres')
    const database = await startEmbeddedDatabase({ dataDir, database: 'stipple_test', persistent: false })
    process.env.DATABASE_URI = database.uri
    teardown = database.stop
  }

  const started = Date.now()
  // Asynchronous on purpose: the embedded server is our child and its log pipe must keep draining.
  const prepared = await run(process.execPath, scriptProcessArgs('scripts/migrate.ts', 'development', ['--demo-content=ifEmpty']))
  if (prepared.code !== 0) {
    await teardown()
    throw new Error(`Migrating and seeding the test database failed (exit ${prepared.code}):\n${prepared.output}`)
  }
  console.log(`[tests] database migrated and seeded in ${Date.now() - started} ms`)
  return async () => {
    await teardown()
    await rm(mediaDir, { recursive: true, force: true })
    await rm(dataDir, { recursive: true, force: true })
  }
}
