import pg from 'pg'

import { expiriesOf } from '@/lib/cache/expiryCounts.cjs'
import { tags } from '@/lib/cache/tags'
import { readEnv } from '@/lib/env'

/** The hostnames and slugs that lead to a live clinic: what the proxy needs to tell a site from a stray. */
export type LiveSites = { hostnames: ReadonlySet<string>; slugs: ReadonlySet<string> }

/**
 * Asked again at least this often, whatever the expiries say: a hostname changed in the database
 * by hand (not through the admin, which expires `clinic-routing`) is picked up within a minute.
 */
const REFRESH_MS = 60_000
/** While the database does not answer, requests are routed with the last list and not held up asking again. */
const RETRY_MS = 2_000

// The proxy runs in every request, often at once: one list per process, one reload at a time.
type State = { sites?: LiveSites; loadedAt: number; routingExpiries: number; failedAt: number; loading?: Promise<LiveSites> }
const STATE = Symbol.for('stipple.liveSites')
const state = (): State => ((globalThis as Record<symbol, State | undefined>)[STATE] ??= { loadedAt: 0, routingExpiries: -1, failedAt: 0 })

/**
 * Read straight from PostgreSQL: the proxy runs before any page, outside Payload, and must stay
 * light (one small query, no Payload instance in it). The tables are the clinics collection's own:
 * `clinics` and its `hostnames` array.
 */
const readLiveSites = async (): Promise<LiveSites> => {
  const client = new pg.Client({ connectionString: readEnv().databaseUri, connectionTimeoutMillis: RETRY_MS })
  client.on('error', () => {})
  await client.connect()
  try {
    const { rows } = await client.query<{ slug: string; hostname: string | null }>(
      `select clinics.slug, lower(hostnames.hostname) as hostname
         from clinics left join clinics_hostnames hostnames on hostnames._parent_id = clinics.id
        where clinics.status = 'live'`,
    )
    return {
      slugs: new Set(rows.map((row) => row.slug)),
      hostnames: new Set(rows.flatMap((row) => (row.hostname ? [row.hostname] : []))),
    }
  } finally {
    await client.end().catch(() => {})
  }
}

const reload = (current: State, routingExpiries: number): Promise<LiveSites> => {
  current.loading ??= readLiveSites()
    .then((sites) => {
      Object.assign(current, { sites, loadedAt: Date.now(), routingExpiries, failedAt: 0 })
      return sites
    })
    .finally(() => {
      current.loading = undefined
    })
  return current.loading
}

/**
 * The live sites, current on every app instance: an edit of a clinic's hostnames, slug or status
 * expires `clinic-routing` (here, or on another instance through Redis, or from the worker
 * through PostgreSQL — all counted by the cache handler), and the next request reads the list
 * again before it is routed. Undefined while the database has never answered.
 */
export const liveSites = async (): Promise<LiveSites | undefined> => {
  const current = state()
  const routingExpiries = expiriesOf(tags.clinicRouting)
  if (!current.sites || current.routingExpiries !== routingExpiries) {
    if (Date.now() - current.failedAt < RETRY_MS) return current.sites
    try {
      return await reload(current, routingExpiries)
    } catch (error) {
      // Once per outage, not once per request.
      if (!current.failedAt) console.error(`[stipple] Cannot read the live clinics' hostnames (${(error as { code?: string }).code ?? (error as Error).name}); routing with the last list.`)
      current.failedAt = Date.now()
      return current.sites
    }
  }
  // Old enough: refreshed in the background, this request still uses the current list.
  if (Date.now() - current.loadedAt > REFRESH_MS) reload(current, routingExpiries).catch(() => undefined)
  return current.sites
}
