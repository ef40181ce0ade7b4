import type { TextField } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

/**
 * A URL slug, filled from `from` when left empty. `unique` is for collections whose slugs are
 * global (clinics, treatments); per-clinic uniqueness is checked by the collection itself.
 */
export const slugField = ({ from = 'title', unique = false } = {}): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique,
  index: true,
  admin: { position: 'sidebar', description: `Part of the page address. Filled from the ${from} when left empty.` },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }) => {
        if (typeof value === 'string' && value.trim() !== '') return slugify(value)
        const source = siblingData?.[from]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
  validate: (value: unknown) =>
    typeof value === 'string' && SLUG_PATTERN.test(value)
      ? true
      : 'Use lower-case letters, digits and single hyphens only (for example "scar-camouflage").',
})
