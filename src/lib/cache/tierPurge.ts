import { after } from 'next/server'
import type { PayloadRequest } from 'payload'

import { type CacheTier, readEnv } from '@/lib/env'

/** The job that sends a purge (src/jobs/purgeCacheTier.ts), on a queue of its own that every worker round runs. */
export const PURGE_TIER_TASK = 'purgeCacheTier'
export const CACHE_TIER_QUEUE = 'cache-tier'

const { cacheTier } = readEnv()

/** The header a purge proves itself with; the tier's VCL (deploy/varnish.vcl) refuses a purge without the secret. */
export const PURGE_SECRET_HEADER = 'purge-secret'
/** The header naming the tags to purge, space-separated: Varnish's xkey module removes every page tagged with one. */
export const PURGE_TAGS_HEADER = 'xkey-purge'

const PURGE_TIMEOUT_MS = 5000
/**
 * When the job sends a purge. The first one goes out as soon as this process has expired its own
 * caches; the other app processes hear of the expiry through Redis or PostgreSQL a moment later,
 * and a tier fetching a page from one of them in that moment would keep the old page. By the job's
 * purge every process has heard.
 */
const SETTLED_MS = 2000

/**
 * Purges the pages tagged with any of `tagsToPurge` at every configured tier. Throws when one of
 * them did not take it, so the job that sends it is retried (a purge again at a tier that already
 * took it removes nothing more). Errors name the tier and the kind of failure only.
 */
export const purgeAtTiers = async (tier: CacheTier, tagsToPurge: string[]): Promise<void> => {
  if (tagsToPurge.length === 0) return
  const failures: string[] = []
  await Promise.all(
    tier.purgeUrls.map(async (url) => {
      const where = new URL(url).host
      try {
        const answer = await fetch(url, {
          method: 'PURGE',
          headers: { [PURGE_TAGS_HEADER]: tagsToPurge.join(' '), [PURGE_SECRET_HEADER]: tier.purgeSecret },
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        await answer.body?.cancel()
        if (!answer.ok) failures.push(`${where} answered ${answer.status}`)
      } catch (error) {
        failures.push(`${where} did not answer (${(error as Error).name})`)
      }
    }),
  )
  if (failures.length > 0) throw new Error(`Purge not taken by ${failures.join(', ')}; it will be retried.`)
}

/**
 * Purges `tagsToPurge` at the tier(s) for a change that expired them. In a request to the app (an
 * edit in the admin, through the API) the purge is sent as soon as the answer is out: by then the
 * change is committed and this process has expired its own caches, so the tier's next fetch gets the
 * new page. Whatever becomes of that one, a job queued in the change's own transaction (a rolled-back
 * change purges nothing, a committed one is never left unpurged) sends it again `SETTLED_MS` later,
 * from the worker, with retries while a tier does not take it; a change made outside a request (the
 * worker publishing on schedule) is purged by that job alone, after the worker has told the app processes.
 */
export const queueTierPurge = async (tagsToPurge: string[], req: PayloadRequest): Promise<void> => {
  const tier = cacheTier
  if (!tier || tagsToPurge.length === 0) return
  await req.payload.jobs.queue({ task: PURGE_TIER_TASK, input: { tags: tagsToPurge }, queue: CACHE_TIER_QUEUE, waitUntil: new Date(Date.now() + SETTLED_MS), req })
  try {
    // Not recorded: a tier that does not take it now gets the job's.
    after(() => purgeAtTiers(tier, tagsToPurge).catch(() => undefined))
  } catch {
    // Outside a request.
  }
}
