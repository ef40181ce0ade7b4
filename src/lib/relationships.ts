/*
 * A relationship field holds an id, or the related document when Payload populated it (depth > 0).
 * These two helpers are the only place that tells the two apart.
 */

/** What a relationship may hold: an id (a string when it came from a form or a query), or the document. */
export type Related = number | string | { id: number | string } | null | undefined

/** The related document's id as a number, whether the field holds the id or the document; undefined when empty or not a whole number. */
export const idOf = (ref: Related): number | undefined => {
  if (ref === null || ref === undefined) return undefined
  const id = Number(typeof ref === 'object' ? ref.id : ref)
  return Number.isInteger(id) ? id : undefined
}

/** The related document when it was populated; undefined when the field holds only an id or nothing. */
export const populated = <T extends object>(ref: T | number | string | null | undefined): T | undefined =>
  ref !== null && typeof ref === 'object' ? ref : undefined
