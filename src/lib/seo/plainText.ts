type LexicalNode = { type?: unknown; text?: unknown; children?: unknown }

// Links sit inside a sentence; every other element (paragraph, heading, list item, quote) is a block.
const INLINE_ELEMENTS = new Set(['link', 'autolink'])

const textOf = (node: LexicalNode): string => {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  if (!Array.isArray(node.children)) return ''
  const children = node.children as LexicalNode[]
  const isBlockContainer = children.some((child) => Array.isArray(child.children) && !INLINE_ELEMENTS.has(String(child.type)))
  // Sibling text nodes are split wherever formatting changes, so they join with nothing between.
  if (!isBlockContainer) return children.map(textOf).join('')
  return children
    .map(textOf)
    .map((part) => part.trim())
    .filter(Boolean)
    .join('\n')
}

/**
 * The words of a Lexical rich text value, one block per line, for places that take only text:
 * JSON-LD answers, meta descriptions. Uploads and embedded blocks have no words and drop out.
 */
export const lexicalToPlainText = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return root ? textOf(root).trim() : ''
}
