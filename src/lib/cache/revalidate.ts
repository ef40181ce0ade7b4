import { revalidateTag } from 'next/cache'

const OUTSIDE_NEXT = 'Invariant: static generation store missing'

/**
 * Expires the tags at once (not stale-while-revalidate), so the next visitor gets the edit.
 * Outside a Next request — the seed, scripts, the Local API in tests — there is no page cache to
 * expire, and Next says so with an invariant error that we can safely ignore.
 */
export const revalidateTags = (tagsToExpire: Iterable<string>) => {
  for (const tag of new Set(tagsToExpire)) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith(OUTSIDE_NEXT))) throw error
    }
  }
}
