import type { GroupField, TextField } from 'payload'

import { AA_LARGE_OR_UI, AA_TEXT, contrastRatio } from '@/lib/contrast'

import { colourField, HEX_COLOUR } from './colour'

/** Bundled font pairings (heading + body); the files ship with the app, nothing loads from the web. */
export const FONT_PAIRINGS = [
  { label: 'Classic — serif headings, clean body', value: 'classic' },
  { label: 'Modern — geometric sans throughout', value: 'modern' },
  { label: 'Warm — rounded headings, friendly body', value: 'warm' },
] as const

type Colours = Record<string, unknown>

/** A colour field that must keep AA contrast against another colour of the same clinic. */
const contrastingColour = (
  name: string,
  label: string,
  defaultValue: string,
  against: { field: string; label: string; minimum: number },
): TextField => {
  const base = colourField(name, label, defaultValue)
  return {
    ...base,
    validate: (value: unknown, { siblingData }: { siblingData: Colours }) => {
      const own = base.validate as (v: unknown) => true | string
      const format = own(value)
      if (format !== true) return format
      const other = siblingData?.[against.field]
      if (typeof other !== 'string' || !HEX_COLOUR.test(other)) return true
      const ratio = contrastRatio(value as string, other)
      return ratio >= against.minimum
        ? true
        : `${label} on ${against.label} has a contrast of ${ratio.toFixed(2)}:1; WCAG AA needs at least ${against.minimum}:1. Choose a darker or lighter colour.`
    },
  } as TextField
}

export const brandingField = (): GroupField => ({
  name: 'branding',
  type: 'group',
  fields: [
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'tagline', type: 'text', maxLength: 120 },
    {
      type: 'row',
      fields: [
        colourField('backgroundColour', 'Background colour', '#ffffff'),
        contrastingColour('textColour', 'Text colour', '#1d232b', {
          field: 'backgroundColour',
          label: 'the background colour',
          minimum: AA_TEXT,
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        contrastingColour('primaryColour', 'Primary colour', '#1f3a5f', {
          field: 'backgroundColour',
          label: 'the background colour',
          minimum: AA_TEXT,
        }),
        contrastingColour('onPrimaryColour', 'Text on primary colour', '#ffffff', {
          field: 'primaryColour',
          label: 'the primary colour',
          minimum: AA_TEXT,
        }),
        contrastingColour('accentColour', 'Accent colour', '#c8793a', {
          field: 'backgroundColour',
          label: 'the background colour',
          minimum: AA_LARGE_OR_UI,
        }),
      ],
    },
    { name: 'fontPairing', type: 'select', required: true, defaultValue: 'classic', options: [...FONT_PAIRINGS] },
  ],
})
