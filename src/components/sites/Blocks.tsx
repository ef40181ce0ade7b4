import { BLOCK_RENDERERS } from '@/blocks/renderers'
import type { BlockRenderer, BlockType, PageBlock } from '@/blocks/types'
import type { Page } from '@/payload-types'

import type { ClinicSite } from './ClinicLeadForm'

/** One block of a page a franchise owner composed in the admin, by the renderer of its kind. */
const BlockView = ({ site, block }: { site: ClinicSite; block: PageBlock }) => {
  // TypeScript cannot tie the map's entry to the block's own kind; the map's type above does that.
  const Renderer = BLOCK_RENDERERS[block.blockType] as BlockRenderer<BlockType>
  return <Renderer site={site} block={block} />
}

export const Blocks = ({ site, blocks }: { site: ClinicSite; blocks: Page['layout'] }) =>
  blocks.map((block, index) => <BlockView key={block.id ?? index} site={site} block={block} />)
