import { revalidateTag } from 'next/cache'
import type { PayloadRequest } from 'payload'

import { queueTierPurge } from './tierPurge'

const OUTSIDE_NEXT = 'Invariant: static generation store missing'

const expiredOutsideNext = new Set<string>()

/**
 * Expires the tags at once (not stale-while-revalidate), so the next visitor gets the edit.
 * Outside a Next request — the jobs worker publishing on schedule, scripts, the Local API in
 * tests — Next says there is no page cache here; the tags are then kept for `announceExpiredTags`,
 * which tells the app processes (see expiryAnnouncements.ts). The caching tier in front, if there
 * is one, is told to purge the same tags (tierPurge.ts).
 */
export const revalidateTags = async (tagsToExpire: Iterable<string>, req: PayloadRequest) => {
  const expired = [...new Set(tagsToExpire)]
  for (const tag of expired) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith(OUTSIDE_NEXT))) throw error
      expiredOutsideNext.add(tag)
    }
  }
  await queueTierPurge(expired, req)
}

/** The tags expired outside Next and not yet announced: taken to announce, put back if that fails. */
export const tagsExpiredOutsideNext = {
  take: (): string[] => {
    const tags = [...expiredOutsideNext]
    expiredOutsideNext.clear()
    return tags
  },
  putBack: (tags: string[]) => {
    for (const tag of tags) expiredOutsideNext.add(tag)
  },
}
