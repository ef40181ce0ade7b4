import { spawn } from 'node:child_process'
import path from 'node:path'

import nextEnv from '@next/env'

import { ConfigError, readEnv } from '../../src/lib/env'
import { whyDatabaseUnreachable } from './checkDatabase'
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embeddedDatabase'
import type { DemoContent } from './migrateAndSeed'
import { scriptProcessArgs } from './scriptProcess'
import { developmentSecret } from './secret'

export type Mode = 'development' | 'production'

export type Platform = {
  /** The environment every process of this platform (Next, worker) runs with. */
  env: NodeJS.ProcessEnv
  embedded: boolean
  stop: () => Promise<void>
}

/** Demo content goes into local databases by default, never silently into a real server. */
const demoContentFor = (env: NodeJS.ProcessEnv, embedded: boolean, mode: Mode): DemoContent => {
  if (env.SEED_DEMO === 'true') return 'ifEmpty'
  if (env.SEED_DEMO === 'false') return 'never'
  return embedded || mode === 'development' ? 'ifEmpty' : 'never'
}

/** Migrations run in a process of their own; see migrateAndSeed for why. */
const runMigrations = (env: NodeJS.ProcessEnv, mode: Mode, demoContent: DemoContent) =>
  new Promise<void>((resolve, reject) => {
    const args = scriptProcessArgs('scripts/migrate.ts', mode, [`--demo-content=${demoContent}`])
    const child = spawn(process.execPath, args, { env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new ConfigError(`Migrating the database stopped (${signal ?? `exit code ${code}`}); see the lines above.`)),
    )
  })

/**
 * Everything before Next starts: the secret, the database (embedded unless DATABASE_URI is set),
 * a one-line check that it is reachable, migrations, and demo content on an empty database.
 */
export const preparePlatform = async ({
  mode,
  log,
  demoContent,
}: {
  mode: Mode
  log: (line: string) => void
  /** Overrides SEED_DEMO, e.g. `always` for `npm run seed`. */
  demoContent?: DemoContent
}): Promise<Platform> => {
  // The same .env files Next reads, so the launcher and Next agree on the database and secret.
  nextEnv.loadEnvConfig(process.cwd(), mode === 'development', { info: () => {}, error: console.error })
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: mode, NEXT_TELEMETRY_DISABLED: '1' }
  const dataRoot = path.resolve(env.STIPPLE_DATA_DIR || '.data')
  if (!env.PAYLOAD_SECRET && mode === 'development') env.PAYLOAD_SECRET = developmentSecret(dataRoot)
  // Check the secret and URLs before spending time on a database.
  const checked = readEnv({ ...env, DATABASE_URI: env.DATABASE_URI || 'postgres://placeholder/stipple' })
  // Spelled out for every process started from here (the production server reads it as is).
  env.SERVER_URL = checked.serverUrl

  let database: EmbeddedDatabase | undefined
  if (!env.DATABASE_URI) {
    const dataDir = path.join(dataRoot, 'postgres')
    log(`Starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), dataDir) || dataDir})…`)
    database = await startEmbeddedDatabase({ dataDir, database: 'stipple' })
    env.DATABASE_URI = database.uri
  }
  try {
    readEnv(env)
    const unreachable = await whyDatabaseUnreachable(env.DATABASE_URI!)
    if (unreachable) throw new ConfigError(unreachable)
    await runMigrations(env, mode, demoContent ?? demoContentFor(env, Boolean(database), mode))
  } catch (error) {
    await database?.stop()
    throw error
  }
  return { env, embedded: Boolean(database), stop: async () => database?.stop() }
}
