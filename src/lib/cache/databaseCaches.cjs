// @ts-check
// Next's caches on disk (rendered pages, the data cache, optimised images) hold what one database
// said. They outlive the process, so a server started on another database in the same folder — a
// test run's database, then the developer's — would serve the other one's clinics. Each dist dir
// therefore records which database filled its caches; a process on a different database empties
// them before its first read or write. Plain CommonJS: loaded by the cache handler, outside Next's bundle.
const { createHash } = require('node:crypto')
const { mkdir, readFile, rm, writeFile } = require('node:fs/promises')
const path = require('node:path')

const { Client } = require('pg')

const STATE = Symbol.for('stipple.databaseCaches')
/** After a failed look at the database, wait this long before the next one. */
const RETRY_MS = 2000

/**
 * Which database this is: the cluster's system identifier (unique per initdb) and the database's
 * own oid, so two embedded servers' `stipple` databases differ, and so does a dropped and
 * re-created one. A server that hides pg_control_system() gets its address and start time instead.
 * @param {string} uri
 * @returns {Promise<string>}
 */
const askDatabaseIdentity = async (uri) => {
  const client = new Client({ connectionString: uri, connectionTimeoutMillis: 5000 })
  client.on('error', () => {})
  await client.connect()
  try {
    const database = "select oid::text as oid, datname as name from pg_database where datname = current_database()"
    const cluster = await client
      .query('select system_identifier::text as id from pg_control_system()')
      .then((result) => `cluster ${result.rows[0].id}`)
      .catch(() =>
        client
          .query("select coalesce(host(inet_server_addr()), 'socket') || ':' || coalesce(inet_server_port(), 0) || ' since ' || pg_postmaster_start_time() as id")
          .then((result) => `server ${result.rows[0].id}`),
      )
    const { rows } = await client.query(database)
    return `${cluster} database ${rows[0].oid} ${rows[0].name}`
  } finally {
    await client.end().catch(() => {})
  }
}

/** @typedef {{ identity: () => Promise<string | null>, ready: (serverDistDir: string) => Promise<boolean> }} DatabaseCaches */

/**
 * The caches of the database at `uri` (none: nothing to guard): its identity is asked once (again
 * after a failure), and each dist dir is checked once.
 * @param {string | undefined} uri
 * @returns {DatabaseCaches}
 */
const databaseCachesOf = (uri) => {
  /** @type {Promise<string> | undefined} */
  let asked
  let failedAt = 0
  /** @type {Map<string, Promise<boolean>>} */
  const checked = new Map()

  /** @returns {Promise<string | null>} a short, stable name of the database, or null while it cannot be asked */
  const identity = async () => {
    if (!uri) return null
    if (!asked) {
      if (Date.now() - failedAt < RETRY_MS) return null
      asked = askDatabaseIdentity(uri).then((id) => createHash('sha256').update(id).digest('hex').slice(0, 32))
      asked.catch(() => {
        asked = undefined
        failedAt = Date.now()
      })
    }
    return asked.catch(() => null)
  }

  /** @param {string} serverDistDir */
  const claim = async (serverDistDir) => {
    const id = await identity()
    if (id === null) return false
    const cacheDir = path.join(serverDistDir, '..', 'cache')
    const marker = path.join(cacheDir, 'stipple-database')
    const recorded = await readFile(marker, 'utf8').catch(() => null)
    if (recorded?.trim() !== id) {
      // The same folders FileSystemCache and Next's image optimiser write to.
      for (const folder of [path.join(serverDistDir, 'route-cache'), path.join(cacheDir, 'fetch-cache'), path.join(cacheDir, 'images')]) {
        await rm(folder, { recursive: true, force: true })
      }
      await mkdir(cacheDir, { recursive: true })
      await writeFile(marker, `${id}\n`)
    }
    return true
  }

  /**
   * Whether this dist dir's caches may be used: true once they are known to be this database's
   * (emptied first if they were another's); false while the database cannot be asked, so nothing
   * is read from or written to caches of unknown origin.
   * @param {string} serverDistDir
   */
  const ready = async (serverDistDir) => {
    if (!uri) return true
    let check = checked.get(serverDistDir)
    if (!check) {
      check = claim(serverDistDir)
      checked.set(serverDistDir, check)
      check.then(
        (ok) => ok || checked.delete(serverDistDir),
        () => checked.delete(serverDistDir),
      )
    }
    return check.catch(() => false)
  }

  return { identity, ready }
}

/**
 * This process's: one for every cache handler Next creates.
 * @returns {DatabaseCaches}
 */
const databaseCaches = () => {
  const store = /** @type {Record<symbol, DatabaseCaches | undefined>} */ (/** @type {unknown} */ (globalThis))
  return (store[STATE] ??= databaseCachesOf(process.env.DATABASE_URI))
}

module.exports = { databaseCaches, databaseCachesOf }
