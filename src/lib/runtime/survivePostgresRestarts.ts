import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/**
 * When PostgreSQL restarts, every open connection is cut. node-postgres reports a cut idle
 * connection as an 'error' event on its pool, and a checked-out one on the client; with nobody
 * listening, Node treats that as an uncaught exception and the whole app (or worker) stops. Here
 * both are noted in the log — without query text or data — and the pool opens fresh connections
 * for the next queries, so the platform serves again as soon as the database is back.
 */
export const survivePostgresRestarts = (payload: Payload) => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) return
  const note = (error: Error & { code?: string }) =>
    payload.logger.warn(`A PostgreSQL connection was lost (${error.code ?? error.name}); new ones are opened as needed.`)
  pool.on('error', note)
  pool.on('connect', (client: PoolClient) => client.on('error', note))
}
