/**
 * Lexical rich text from plain lines, for demo content: a line starting with "## " becomes a
 * heading, "- " a bullet point, anything else a paragraph.
 */
type Node = Record<string, unknown>

const text = (value: string): Node => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

const block = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
  ...extra,
})

export const richText = (...lines: string[]) => {
  const children: Node[] = []
  for (const line of lines) {
    if (line.startsWith('## ')) {
      children.push(block('heading', [text(line.slice(3))], { tag: 'h2' }))
    } else if (line.startsWith('- ')) {
      const item = block('listitem', [text(line.slice(2))], { value: 1 })
      const last = children.at(-1)
      if (last?.type === 'list') {
        const items = last.children as Node[]
        items.push({ ...item, value: items.length + 1 })
      } else {
        children.push(block('list', [item], { listType: 'bullet', start: 1, tag: 'ul' }))
      }
    } else {
      children.push(block('paragraph', [text(line)], { textFormat: 0, textStyle: '' }))
    }
  }
  return { root: block('root', children) } as {
    root: { type: string; children: { type: unknown; version: number; [k: string]: unknown }[]; direction: 'ltr' | 'rtl' | null; format: '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify'; indent: number; version: number }
    [k: string]: unknown
  }
}
