import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedDatabase } from './lib/embeddedDatabase'
import { moduleConditions } from './lib/scriptProcess'

/**
 * `npm run migrate:create -- <name>`: diffs the collections against the last committed migration
 * on a scratch database, so a developer's own data never meets a half-written migration.
 */
const name = process.argv[2]
if (!name) {
  console.error('Usage: npm run migrate:create -- <short-name>')
  process.exit(1)
}
const folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-migrate-'))
await chmod(folder, 0o755)
const database = await startEmbeddedDatabase({ dataDir: path.join(folder, 'postgres'), database: 'scratch', persistent: false })
const env = {
  ...process.env,
  DATABASE_URI: database.uri,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  NODE_OPTIONS: [process.env.NODE_OPTIONS, ...moduleConditions('development')].filter(Boolean).join(' '),
}
const payload = (args: string[]) =>
  spawnSync(path.resolve('node_modules/.bin/payload'), args, { stdio: 'inherit', env }).status ?? 1
let status = payload(['migrate'])
if (status === 0) status = payload(['migrate:create', name])
await database.stop()
await rm(folder, { recursive: true, force: true })
process.exit(status)
