import type { Field } from 'payload'

import { idOf, populated, type Related } from '@/lib/relationships'

/*
 * Which images a document shows: every upload or relationship field that points at media, at any
 * depth (groups, tabs, rows, arrays, blocks), and every image embedded in its rich text.
 */

type Data = Record<string, unknown>

const pointsAtMedia = (relationTo: string | string[]) => (Array.isArray(relationTo) ? relationTo.includes('media') : relationTo === 'media')

const addReference = (value: unknown, found: Set<number>): void => {
  if (Array.isArray(value)) return value.forEach((one) => addReference(one, found))
  // A polymorphic relationship keeps `{ relationTo, value }`.
  const held = populated(value as Related | { relationTo?: unknown; value?: unknown })
  if (held && 'relationTo' in held) {
    if (held.relationTo === 'media') addReference(held.value, found)
    return
  }
  // Stored data of any shape: idOf answers undefined for whatever is not an id or a document.
  const id = idOf(value as Related)
  if (id !== undefined) found.add(id)
}

/** Lexical keeps an embedded image as a node `{ type: 'upload', relationTo: 'media', value }`. */
const addRichTextImages = (node: unknown, found: Set<number>, depth = 0): void => {
  if (!node || typeof node !== 'object' || depth > 64) return
  if (Array.isArray(node)) return node.forEach((child) => addRichTextImages(child, found, depth + 1))
  const { type, relationTo, value } = node as { type?: unknown; relationTo?: unknown; value?: unknown }
  if (type === 'upload' && relationTo === 'media') addReference(value, found)
  for (const child of Object.values(node)) addRichTextImages(child, found, depth + 1)
}

const collect = (fields: Field[], data: unknown, found: Set<number>) => {
  if (!data || typeof data !== 'object') return
  const values = data as Data
  for (const field of fields) {
    switch (field.type) {
      case 'upload':
      case 'relationship':
        if (pointsAtMedia(field.relationTo)) addReference(values[field.name], found)
        break
      case 'richText':
        addRichTextImages(values[field.name], found)
        break
      case 'group':
        collect(field.fields, 'name' in field && field.name ? values[field.name] : values, found)
        break
      case 'row':
      case 'collapsible':
        collect(field.fields, values, found)
        break
      case 'tabs':
        for (const tab of field.tabs) collect(tab.fields, 'name' in tab && tab.name ? values[tab.name] : values, found)
        break
      case 'array':
        for (const row of (values[field.name] as unknown[] | undefined) ?? []) collect(field.fields, row, found)
        break
      case 'blocks':
        for (const row of (values[field.name] as Data[] | undefined) ?? []) {
          const block = field.blocks.find((candidate) => candidate.slug === row?.blockType)
          if (block) collect(block.fields, row, found)
        }
        break
    }
  }
}

/** The ids of the images `data` (a document or a version of it, populated or not) shows. */
export const mediaIn = (fields: Field[], data: unknown): Set<number> => {
  const found = new Set<number>()
  collect(fields, data, found)
  return found
}

/** Whether a field, or any field inside it, can hold an image. */
export const canShowMedia = (field: Field): boolean => {
  switch (field.type) {
    case 'upload':
    case 'relationship':
      return pointsAtMedia(field.relationTo)
    case 'richText':
      return true
    case 'group':
    case 'row':
    case 'collapsible':
    case 'array':
      return field.fields.some(canShowMedia)
    case 'tabs':
      return field.tabs.some((tab) => tab.fields.some(canShowMedia))
    case 'blocks':
      return field.blocks.some((block) => block.fields.some(canShowMedia))
    default:
      return false
  }
}

/**
 * The top-level keys of a document under which images can be, for a `select` that reads no more
 * than needed (fields in rows, collapsibles and unnamed groups or tabs sit at the top level).
 */
export const mediaKeysOf = (fields: Field[]): string[] =>
  fields.flatMap((field): string[] => {
    if ('name' in field && field.name) return canShowMedia(field) ? [field.name] : []
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? (tab.fields.some(canShowMedia) ? [tab.name] : []) : mediaKeysOf(tab.fields)))
    return 'fields' in field ? mediaKeysOf(field.fields) : []
  })
