import path from 'node:path'

import nextEnv from '@next/env'

import { ConfigError, readEnv } from '../env'
import { whyDatabaseUnreachable } from './checkDatabase'
import { type EmbeddedDatabase, startEmbeddedDatabase } from './embeddedDatabase'
import { developmentSecret } from './secret'

export type Mode = 'development' | 'production'

export type Platform = {
  /** The environment every process of this platform (Next, worker) runs with. */
  env: NodeJS.ProcessEnv
  embedded: boolean
  stop: () => Promise<void>
}


/** Demo content goes into local databases by default, never silently into a real server. */
const shouldSeed = (env: NodeJS.ProcessEnv, embedded: boolean, mode: Mode): boolean => {
  if (env.SEED_DEMO === 'true') return true
  if (env.SEED_DEMO === 'false') return false
  return embedded || mode === 'development'
}

/**
 * Everything before Next starts: the secret, the database (embedded unless DATABASE_URI is set),
 * a one-line check that it is reachable, migrations, and demo content on an empty database.
 */
export const preparePlatform = async ({ mode, log }: { mode: Mode; log: (line: string) => void }): Promise<Platform> => {
  // The same .env files Next reads, so the launcher and Next agree on the database and secret.
  nextEnv.loadEnvConfig(process.cwd(), mode === 'development', { info: () => {}, error: console.error })
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: mode, NEXT_TELEMETRY_DISABLED: '1' }
  const dataRoot = path.resolve(env.STIPPLE_DATA_DIR || '.data')
  if (!env.PAYLOAD_SECRET && mode === 'development') env.PAYLOAD_SECRET = developmentSecret(dataRoot)
  // Check the secret and URLs before spending time on a database.
  readEnv({ ...env, DATABASE_URI: env.DATABASE_URI || 'postgres://placeholder/stipple' })

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

    // This process loads the Payload config to migrate and seed, so it needs the same environment.
    Object.assign(process.env, env)
    const { migrateAndSeed } = await import('./migrateAndSeed')
    await migrateAndSeed({ seed: shouldSeed(env, Boolean(database), mode), log })
  } catch (error) {
    await database?.stop()
    throw error
  }
  return { env, embedded: Boolean(database), stop: async () => database?.stop() }
}
