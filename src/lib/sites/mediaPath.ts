import type { Media } from '@/payload-types'

/**
 * Payload stores upload URLs on the admin's origin (`SERVER_URL`). A clinic's site serves the same
 * file from its own host, so pages use the path only: next/image then optimises it as a local image.
 */
export const mediaPath = (url: string | null | undefined): string | undefined => {
  if (!url) return undefined
  const { pathname, search } = new URL(url, 'http://media.invalid')
  return `${pathname}${search}`
}

/**
 * A private photo (its case study not yet published) appears only in an editor's preview. The
 * browser then fetches it itself, with the editor's session: Next's image optimizer asks as a
 * visitor and would be refused.
 */
export const skipsOptimizer = (media: Pick<Media, 'privateUntilPublished'>): boolean => Boolean(media.privateUntilPublished)
