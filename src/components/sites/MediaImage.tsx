import Image from 'next/image'

import { mediaPath, skipsOptimizer } from '@/lib/sites/mediaPath'
import type { Media } from '@/payload-types'

import { type ImagePriority, priorityProps } from './imagePriority'

type Props = {
  media: number | Media | null | undefined
  size?: keyof NonNullable<Media['sizes']>
  sizes: string
  priority?: ImagePriority
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
  return <Image src={src} alt={media.alt} width={width} height={height} sizes={sizes} className={className} unoptimized={skipsOptimizer(media)} {...priorityProps(priority)} />
}
