import 'server-only'

import { unstable_cache } from 'next/cache'
import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import type { User } from '@/payload-types'

import { sitePayload } from './payload'

/** How a public read runs: as a visitor (published only), or as the signed-in editor previewing drafts. */
export type ReadAs = { overrideAccess: false; draft: boolean; user?: User }

const VISITOR: ReadAs = { overrideAccess: false, draft: false }

/**
 * In draft mode (switched on by /api/preview for a signed-in editor) reads run as that editor with
 * drafts, uncached; the editor's own access rules still decide what they may see. A draft-mode
 * cookie without a valid session reads as a visitor.
 */
const previewer = cache(async (): Promise<ReadAs | null> => {
  if (!(await draftMode()).isEnabled) return null
  const payload = await sitePayload()
  const { user } = await payload.auth({ headers: await headers() })
  return user ? { overrideAccess: false, draft: true, user: user as User } : null
})

/**
 * A read as a visitor, cached under `cacheTags`, whoever asks: for what is the same for everyone
 * even in a preview (which clinic a host is, the hub's list of live clinics).
 */
export const visitorRead = <T>(key: string[], cacheTags: string[], read: (as: ReadAs) => Promise<T>): Promise<T> =>
  unstable_cache(() => read(VISITOR), key, { tags: cacheTags })()

/** A read cached under `cacheTags` for visitors, and run fresh for a previewing editor. */
export const cachedRead = async <T>(key: string[], cacheTags: string[], read: (as: ReadAs) => Promise<T>): Promise<T> => {
  const editor = await previewer()
  return editor ? read(editor) : visitorRead(key, cacheTags, read)
}

export const isPreviewing = async () => Boolean(await previewer())
