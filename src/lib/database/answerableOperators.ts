import type { FlattenedField, Payload, Where } from 'payload'

/*
 * What Payload's PostgreSQL adapter cannot turn into SQL: the geographic operators on anything
 * but a point, `all` at all (the adapter has no such operator), any comparison of a field that
 * only holds others (blocks, an array, a group), and `in`/`not_in` a list of nothing but nulls.
 * Asked anyway, its query builder fails with a TypeError or writes broken SQL (a 500); the
 * request should be told it asked the impossible.
 */

const GEOGRAPHIC = new Set(['near', 'within', 'intersects'])
/** Fields that hold other fields and have no column of their own to compare. */
const CONTAINERS = new Set(['array', 'blocks', 'group', 'tab'])

/** The field a query path names (`seo.shareImage`, `layout.image`, `clinic.slug`), or undefined. */
const fieldAt = (payload: Payload, fields: FlattenedField[], [name, ...rest]: string[]): FlattenedField | undefined => {
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return field
  if (field.type === 'blocks') {
    for (const block of field.blocks) {
      const inner = fieldAt(payload, block.flattenedFields, rest)
      if (inner) return inner
    }
    return undefined
  }
  if ('flattenedFields' in field) return fieldAt(payload, field.flattenedFields, rest)
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
    return fieldAt(payload, payload.collections[field.relationTo]?.config.flattenedFields ?? [], rest)
  return undefined
}

/** `in=null`, `in=null,null`: Payload reads the string `null` as no value. */
const onlyNulls = (value: unknown) => {
  const values = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value]
  return values.length > 0 && values.every((one) => one === null || one === undefined || one === 'null')
}

const answers = (operator: string, value: unknown, field: FlattenedField | undefined): boolean => {
  if (operator === 'all' || (field && CONTAINERS.has(field.type))) return false
  if ((operator === 'in' || operator === 'not_in') && onlyNulls(value)) return false
  return GEOGRAPHIC.has(operator) ? field?.type === 'point' : true
}

/**
 * The first `path operator` pair in `where` that cannot be answered for these fields (a version's
 * fields are under `version.`), or undefined when every one can.
 */
export const unanswerableIn = (payload: Payload, fields: FlattenedField[], where: Where | undefined, depth = 0): string | undefined => {
  if (!where || typeof where !== 'object' || depth > 32) return undefined
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const inner of Array.isArray(condition) ? condition : []) {
        const found = unanswerableIn(payload, fields, inner as Where, depth + 1)
        if (found) return found
      }
      continue
    }
    if (!condition || typeof condition !== 'object') continue
    const path = key.replace(/__/g, '.').replace(/^version\./, '').split('.')
    for (const [operator, value] of Object.entries(condition)) {
      if (!answers(operator, value, fieldAt(payload, fields, path))) return `${key} ${operator}`
    }
  }
  return undefined
}
