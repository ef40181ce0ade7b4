import { revalidateTag } from 'next/cache'

const OUTSIDE_NEXT = 'Invariant: static generation store missing'

const expiredOutsideNext = new Set<string>()

/**
 * Expires the tags at once (not stale-while-revalidate), so the next visitor gets the edit.
 * Outside a Next request — the jobs worker publishing on schedule, scripts, the Local API in
 * tests — Next says there is no page cache here; the tags are then kept for `announceExpiredTags`,
 * which tells the app processes (see expiryAnnouncements.ts).
 */
export const revalidateTags = (tagsToExpire: Iterable<string>) => {
  for (const tag of new Set(tagsToExpire)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith(OUTSIDE_NEXT))) throw error
      expiredOutsideNext.add(tag)
    }
  }
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
