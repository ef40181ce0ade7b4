import 'server-only'

import type { Payload } from 'payload'
import type { Pool } from 'pg'

/** Whether this app instance can serve: its database answers and has every committed migration. */
export type Readiness = { ready: true } | { ready: false; reason: string }

/** A load balancer asks every few seconds; an answer later than this is "not ready". */
const ANSWER_WITHIN_MS = 3_000

const within = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })), ms).unref())])

/** A short reason for the log and the answer: error codes only, never query text or data. */
const codeOf = (error: unknown) => (error as { code?: string }).code ?? (error as Error).name ?? 'error'

/**
 * Asks the database of this instance (through the app's own connection pool, as every request
 * does) which migrations it has, and compares them with the ones committed with this code.
 */
export const readiness = async (payloadOf: () => Promise<Payload>, committed: readonly string[]): Promise<Readiness> => {
  let applied: Set<string>
  try {
    const payload = await within(payloadOf(), ANSWER_WITHIN_MS)
    const pool = (payload.db as unknown as { pool: Pool }).pool
    const { rows } = await within(pool.query<{ name: string }>('select name from payload_migrations where batch > 0'), ANSWER_WITHIN_MS)
    applied = new Set(rows.map((row) => row.name))
  } catch (error) {
    return { ready: false, reason: `database unreachable (${codeOf(error)})` }
  }
  const missing = committed.filter((name) => !applied.has(name))
  if (missing.length > 0) return { ready: false, reason: `${missing.length} migration${missing.length === 1 ? '' : 's'} not applied: ${missing.join(', ')}` }
  return { ready: true }
}
