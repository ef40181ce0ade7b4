import type { ArrayField } from 'payload'

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/

/** The web addresses this clinic answers on; `<slug>.localhost` always works locally. */
export const hostnamesField = (access: ArrayField['access']): ArrayField => ({
  name: 'hostnames',
  type: 'array',
  access,
  admin: { description: 'Domains this clinic’s site answers on, e.g. london.stipple.example.' },
  fields: [
    {
      name: 'hostname',
      type: 'text',
      required: true,
      index: true,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)] },
      validate: (value: unknown) =>
        typeof value === 'string' && HOSTNAME.test(value)
          ? true
          : 'A hostname has only letters, digits, hyphens and dots, without http:// or a path.',
    },
  ],
})
