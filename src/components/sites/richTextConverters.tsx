import type { JSXConverters, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { SerializedListItemNode } from '@payloadcms/richtext-lexical'

/*
 * Lexical's list items as valid HTML. Its stock converter gives every item a `value` (only an <ol>'s
 * items may have one) and renders a checklist item as role="checkbox" around a real checkbox (an
 * interactive element inside another); here a checklist is a list of items with a ticked or empty box.
 */
const listItem: JSXConverters['listitem'] = ({ node, nodesToJSX, parent }) => {
  const item = node as SerializedListItemNode
  const children = nodesToJSX({ nodes: item.children })
  const listType = 'listType' in parent ? parent.listType : undefined
  // An item that only holds a nested list draws no marker of its own.
  if (item.children.some((child) => child.type === 'list')) return <li className="list-item-nested">{children}</li>
  if (listType === 'check') {
    return (
      <li className="list-item-check">
        <label>
          <input type="checkbox" defaultChecked={Boolean(item.checked)} disabled /> {children}
        </label>
      </li>
    )
  }
  return <li value={listType === 'number' ? item.value : undefined}>{children}</li>
}

export const siteConverters: JSXConvertersFunction = ({ defaultConverters }) => ({ ...defaultConverters, listitem: listItem })
