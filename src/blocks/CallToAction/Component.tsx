import Link from 'next/link'

import { linkHref } from '../linkHref'
import type { BlockProps } from '../types'

export const CallToActionBlockView = ({ site, block }: BlockProps<'callToAction'>) => (
  <section className="card">
    <h2>{block.heading}</h2>
    {block.text && <p>{block.text}</p>}
    <Link href={linkHref(site, block.link.href)} className="button">
      {block.link.label}
    </Link>
  </section>
)
