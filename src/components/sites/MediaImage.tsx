import Image from 'next/image'

import { mediaPath, skipsOptimizer } from '@/lib/sites/mediaPath'
import type { Media } from '@/payload-types'

type Props = {
  media: number | Media | null | undefined
  size?: keyof NonNullable<Media['sizes']>
  sizes: string
  priority?: boolean
  className?: string
}

/** An uploaded image at one of its generated sizes, with its stored dimensions so nothing shifts. */
export const MediaImage = ({ media, size, sizes, priority, className }: Props) => {
  if (!media || typeof media === 'number') return null
  const variant = size ? media.sizes?.[size] : undefined
  const src = mediaPath(variant?.url || media.url)
  const width = variant?.width || media.width
  const height = variant?.height || media.height
  if (!src || !width || !height) return null
  return <Image src={src} alt={media.alt} width={width} height={height} sizes={sizes} priority={priority} className={className} unoptimized={skipsOptimizer(media)} />
}
