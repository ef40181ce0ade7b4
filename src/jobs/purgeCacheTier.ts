import type { TaskConfig } from 'payload'

import { PURGE_TIER_TASK, purgeAtTiers } from '@/lib/cache/tierPurge'
import { readEnv } from '@/lib/env'

type PurgeIO = { input: { tags: unknown }; output: { tiers: number } }

const env = readEnv()

/**
 * Each expiry the app performs, sent on to the caching tier(s) (CDN_PURGE_URLS). A tier that is down
 * misses nothing: a purge it did not take is retried with exponential back-off (by default 1 s,
 * 2 s, 4 s … about 18 hours in all, inside the day a tier keeps a page no purge named:
 * src/lib/http/tierHeaders.mjs).
 */
export const purgeCacheTierTask: TaskConfig<PurgeIO> = {
  slug: PURGE_TIER_TASK,
  label: 'Purge changed pages at the caching tier',
  inputSchema: [{ name: 'tags', type: 'json', required: true }],
  outputSchema: [{ name: 'tiers', type: 'number' }],
  retries: { attempts: 16, backoff: { type: 'exponential', delay: env.cacheTier?.retryDelayMs ?? 1000 } },
  handler: async ({ input }) => {
    // Queued while a tier was configured; a deployment that has since removed it has nothing to purge.
    if (!env.cacheTier) return { output: { tiers: 0 } }
    const tagsToPurge = Array.isArray(input.tags) ? input.tags.filter((tag): tag is string => typeof tag === 'string') : []
    await purgeAtTiers(env.cacheTier, tagsToPurge)
    return { output: { tiers: env.cacheTier.purgeUrls.length } }
  },
}
