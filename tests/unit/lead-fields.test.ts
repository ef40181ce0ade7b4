import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Leads } from '@/collections/Leads'
import { LEAD_BODY_BUDGET_BYTES } from '@/lib/http/leadBodyBudget.mjs'
import { LEAD_BODY_BYTES, LEAD_FIELDS, LEAD_PHOTOS, LEAD_SOURCE_FIELDS } from '@/lib/leads/fields'
import { LEAD_LIMITS, validateLead } from '@/lib/leads/schema'

/*
 * The lead's field table (src/lib/leads/fields.ts) is where the form's rules, the collection's
 * limits and the intake's SQL get the lead's fields from: each of them is checked against it here.
 */

/** Every named field of a collection, rows and groups opened (a group's fields prefixed with its name). */
const namedFields = (fields: Field[], prefix = ''): Map<string, Field> => {
  const found = new Map<string, Field>()
  for (const field of fields) {
    if (field.type === 'row') for (const [name, inner] of namedFields(field.fields, prefix)) found.set(name, inner)
    else if (field.type === 'group' && 'name' in field) for (const [name, inner] of namedFields(field.fields, `${prefix}${field.name}.`)) found.set(name, inner)
    else if ('name' in field) found.set(`${prefix}${field.name}`, field)
  }
  return found
}

describe('the lead’s field table', () => {
  const fields = namedFields(Leads.fields)

  it('gives the collection its limits', () => {
    for (const [name, { maxLength }] of Object.entries(LEAD_FIELDS).filter(([, field]) => 'maxLength' in field) as [string, { maxLength: number }][]) {
      const field = fields.get(name)!
      if (field.type === 'email') {
        const validate = field.validate as (value: string, args: unknown) => true | string
        expect(validate(`${'a'.repeat(maxLength)}@x.example`, { required: true })).toMatch(/At most 254/)
      } else expect((field as { maxLength?: number }).maxLength, name).toBe(maxLength)
    }
    for (const [name, { maxLength }] of Object.entries(LEAD_SOURCE_FIELDS)) {
      expect((fields.get(`source.${name}`) as { maxLength?: number }).maxLength, name).toBe(maxLength)
    }
    expect((fields.get('photos') as { maxRows?: number }).maxRows).toBe(LEAD_PHOTOS.max)
  })

  it('gives the form its rules', () => {
    expect(LEAD_LIMITS).toMatchObject({ name: 120, email: 254, phone: 40, concern: 2000, photos: LEAD_PHOTOS.max, photoBytes: LEAD_PHOTOS.bytes })
    const base = { name: 'A', email: 'a@b.example', phone: '020 7946 0000', privacyConsent: 'on' }
    expect(validateLead({ ...base, name: 'x'.repeat(LEAD_FIELDS.name.maxLength) }, []).ok).toBe(true)
    expect(validateLead({ ...base, name: 'x'.repeat(LEAD_FIELDS.name.maxLength + 1) }, []).ok).toBe(false)
    expect(validateLead({ ...base, concern: 'x'.repeat(LEAD_FIELDS.concern.maxLength + 1) }, []).ok).toBe(false)
  })

  it('names columns the committed migrations create', async () => {
    const folder = path.resolve('src/migrations')
    const latest = (await readdir(folder)).filter((file) => file.endsWith('.json')).sort().at(-1)!
    const snapshot = JSON.parse(await readFile(path.join(folder, latest), 'utf8')) as { tables: Record<string, { columns: Record<string, unknown> }> }
    const columns = Object.keys(snapshot.tables['public.leads']!.columns)
    for (const { column } of [...Object.values(LEAD_FIELDS), ...Object.values(LEAD_SOURCE_FIELDS)]) expect(columns).toContain(column)
    expect(columns).toContain('form_nonce')
  })

  it('sets the body budget the production server applies before Next', () => {
    expect(LEAD_BODY_BUDGET_BYTES).toBe(LEAD_BODY_BYTES)
  })
})
