import Link from 'next/link'

import { IMAGE_SIZES } from '@/components/sites/imageSizes'
import { MediaImage } from '@/components/sites/MediaImage'

import { linkHref } from '../linkHref'
import type { BlockProps } from '../types'

export const HeroBlockView = ({ site, block }: BlockProps<'hero'>) => (
  <section className="hero">
    <div>
      <h2>{block.heading}</h2>
      {block.text && <p>{block.text}</p>}
      {block.callToAction?.label && block.callToAction.href && (
        <Link href={linkHref(site, block.callToAction.href)} className="button">
          {block.callToAction.label}
        </Link>
      )}
    </div>
    <MediaImage media={block.image} size="hero" sizes={IMAGE_SIZES.hero} />
  </section>
)
