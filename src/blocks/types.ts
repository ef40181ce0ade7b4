import type { ReactNode } from 'react'

import type { ClinicSite } from '@/components/sites/ClinicLeadForm'
import type { Page } from '@/payload-types'

/** One block of a page as stored, whichever kind it is. */
export type PageBlock = Page['layout'][number]

export type BlockType = PageBlock['blockType']

/** What the renderer of one kind of block is given: the clinic's site and that block. */
export type BlockProps<K extends BlockType> = { site: ClinicSite; block: Extract<PageBlock, { blockType: K }> }

/** Renders one kind of block (a server component: it may read content first). */
export type BlockRenderer<K extends BlockType> = (props: BlockProps<K>) => ReactNode | Promise<ReactNode>
