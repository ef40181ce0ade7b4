import { RichText } from '@/components/sites/RichText'

import type { BlockProps } from '../types'

export const RichTextBlockView = ({ block }: BlockProps<'richText'>) => <RichText data={block.content} />
