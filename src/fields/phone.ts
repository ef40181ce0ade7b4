import type { TextField } from 'payload'

import { isCountry } from '@/lib/locale/countries'
import { readPhone } from '@/lib/locale/phone'

const countryOf = (data: unknown) => {
  const country = (data as { country?: unknown } | undefined)?.country
  return isCountry(country) ? country : 'GB'
}

/**
 * A phone number of a clinic, read in the clinic's country (the document's `country`) and stored in
 * E.164; the sites show it in the country's own format (src/lib/locale/phone.ts).
 */
export const phoneField = ({ name, required = false, description }: { name: string; required?: boolean; description?: string }): TextField => ({
  name,
  type: 'text',
  required,
  admin: { description: description ?? 'As people dial it in the clinic’s country, or with its + country code; kept in international form.' },
  validate: (value: unknown, { data }: { data: unknown }) => {
    if (value === null || value === undefined || value === '') return required ? 'A phone number is needed.' : true
    const read = readPhone(String(value), countryOf(data))
    return read.ok ? true : read.message
  },
  hooks: {
    beforeChange: [({ value, data }) => (typeof value === 'string' && value.trim() !== '' ? (readPhone(value, countryOf(data)) as { e164?: string }).e164 ?? value : value)],
  },
})
