import type { Media } from '@/payload-types'
import { populated } from '@/lib/relationships'

import { mediaPath, skipsOptimizer } from './mediaPath'

/** A result's "after" photo at card size, as plain props a client component can take. */
export const resultThumbnail = (ref: number | Media) => {
  const media = populated(ref)
  return media
    ? {
        src: mediaPath(media.sizes?.card?.url || media.url) ?? '',
        alt: media.alt,
        width: media.sizes?.card?.width || media.width || 1,
        height: media.sizes?.card?.height || media.height || 1,
        unoptimized: skipsOptimizer(media),
      }
    : null
}
