import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { siteConverters } from './richTextConverters'

/** Rich text written in the admin, rendered as plain HTML on the server. */
export const RichText = ({ data, className }: { data: unknown; className?: string }) =>
  data ? <LexicalRichText data={data as SerializedEditorState} converters={siteConverters} className={className} /> : null
