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
 * When the same purge is sent again. The first goes out as soon as this process has expired its own
 * caches; the other app processes hear of the expiry through Redis or PostgreSQL a moment later,
 * and a tier fetching a page from one of them in that moment would keep the old page. By the second
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
 * Queues the purge of `tagsToPurge` at the tier(s), in the transaction of the change that expired
 * them: a change that is rolled back purges nothing, a committed one is never left unpurged. In a
 * request to the app (an edit in the admin, through the API) the job also runs as soon as the
 * answer is sent — by then the change is committed and this process has expired its own caches, so
 * the tier's next fetch gets the new page; elsewhere (the worker publishing on schedule, scripts)
 * the worker sends it on its next round, after it has told the app processes. The worker sends it
 * once more when every app process has surely heard (`SETTLED_MS`).
 */
export const queueTierPurge = async (tagsToPurge: string[], req: PayloadRequest): Promise<void> => {
  if (!cacheTier || tagsToPurge.length === 0) return
  const purge = { task: PURGE_TIER_TASK, input: { tags: tagsToPurge }, queue: CACHE_TIER_QUEUE, req } as const
  const job = await req.payload.jobs.queue(purge)
  await req.payload.jobs.queue({ ...purge, waitUntil: new Date(Date.now() + SETTLED_MS) })
  const { payload } = req
  try {
    // A tier that does not take it now gets it from the worker's retries.
    after(() => payload.jobs.runByID({ id: job.id }).then(() => undefined, () => undefined))
  } catch {
    // Outside a request: the worker runs it.
  }
}
