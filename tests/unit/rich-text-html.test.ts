import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from '@/components/sites/RichText'
import { richText } from '@/seed/richText'

/* Rich text as the sites render it must be valid HTML (the W3C checker's rules for lists); the whole crawl is checked in tests/browser/html-validity.test.ts. */

const html = (data: unknown) => renderToStaticMarkup(createElement(RichText, { data }))

const list = (listType: 'bullet' | 'number' | 'check', tag: 'ul' | 'ol', items: { text: string; checked?: boolean }[]) => {
  const document = richText('Intro')
  document.root.children = [
    {
      type: 'list',
      listType,
      tag,
      start: 1,
      version: 1,
      children: items.map((item, index) => ({
        type: 'listitem',
        value: index + 1,
        checked: item.checked,
        version: 1,
        children: [{ type: 'text', text: item.text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
    },
  ]
  return document
}

describe('rich text on the sites', () => {
  it('gives bullet-list items no value (only an ordered list’s items may have one)', () => {
    const markup = html(richText('- Shave the area', '- Keep it dry'))
    expect(markup).toContain('<ul class="list-bullet"><li>Shave the area</li><li>Keep it dry</li></ul>')
    expect(markup).not.toContain('value=')
  })

  it('keeps an ordered list’s numbering', () => {
    expect(html(list('number', 'ol', [{ text: 'First' }, { text: 'Second' }]))).toContain('<ol class="list-number"><li value="1">First</li><li value="2">Second</li></ol>')
  })

  it('shows a checklist as ticked or empty boxes, not as interactive checkboxes inside a checkbox role', () => {
    const markup = html(list('check', 'ul', [{ text: 'Consent form signed', checked: true }, { text: 'Photos taken' }]))
    expect(markup).not.toContain('role="checkbox"')
    expect(markup).not.toContain('value=')
    expect(markup).toContain('<li class="list-item-check"><label><input type="checkbox" disabled="" checked=""/> Consent form signed</label></li>')
    expect(markup).toContain('<li class="list-item-check"><label><input type="checkbox" disabled=""/> Photos taken</label></li>')
  })
})
