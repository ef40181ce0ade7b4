import type { TextField } from 'payload'

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i

export const colourField = (name: string, label: string, defaultValue: string): TextField => ({
  name,
  label,
  type: 'text',
  required: true,
  defaultValue,
  admin: { description: 'A hex colour such as #1f3a5f.' },
  hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)] },
  validate: (value: unknown) =>
    typeof value === 'string' && HEX_COLOUR.test(value) ? true : `${label} must be a hex colour like #1f3a5f.`,
})
