import pg from 'pg'
import {
  APIError,
  ErrorDeletingFile,
  FileRetrievalError,
  FileUploadError,
  Forbidden,
  Locked,
  MissingFile,
  NotFound,
  QueryError,
  ValidationError,
} from 'payload'

/*
 * An error as one line an operator can act on: its class and, for PostgreSQL, the SQLSTATE code,
 * constraint and table, through the chain of causes (drizzle wraps the driver's error). Never the
 * message or the error's data: those carry the query's parameters, i.e. the visitor's details.
 * Class names are looked up by `instanceof`, because the production build minifies them (a log
 * said `NOT stored: h`).
 */

const KNOWN: [new (...args: never[]) => Error, string][] = [
  [pg.DatabaseError, 'DatabaseError'],
  [ValidationError, 'ValidationError'],
  [FileUploadError, 'FileUploadError'],
  [ErrorDeletingFile, 'ErrorDeletingFile'],
  [FileRetrievalError, 'FileRetrievalError'],
  [MissingFile, 'MissingFile'],
  [QueryError, 'QueryError'],
  [NotFound, 'NotFound'],
  [Forbidden, 'Forbidden'],
  [Locked, 'Locked'],
  [APIError, 'APIError'],
]

/** Built-in classes keep their names; so do classes that set `name` to a string (our own); minified ones are 1–3 letters. */
const BUILT_IN = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'AggregateError', 'AbortError', 'TimeoutError'])

const classOf = (error: Error): string => {
  const known = KNOWN.find(([type]) => error instanceof type)
  if (known) return known[1]
  // drizzle's DrizzleQueryError sets no name of its own.
  if ('query' in error && 'params' in error) return 'DrizzleQueryError'
  if (error.name !== 'Error' && (BUILT_IN.has(error.name) || error.name.length > 3)) return error.name
  if (error.constructor === Error) return 'Error'
  const constructorName = error.constructor?.name ?? ''
  return constructorName.length > 3 ? constructorName : 'Error (minified class)'
}

const SAFE_TEXT = /^[\w.-]{1,63}$/

const detailsOf = (error: Error): string => {
  const { code, constraint, table } = error as { code?: unknown; constraint?: unknown; table?: unknown }
  const parts: string[] = []
  if (typeof code === 'string' && SAFE_TEXT.test(code)) parts.push(error instanceof pg.DatabaseError ? `PostgreSQL ${code}` : code)
  if (typeof constraint === 'string' && SAFE_TEXT.test(constraint)) parts.push(`constraint ${constraint}`)
  if (typeof table === 'string' && SAFE_TEXT.test(table)) parts.push(`table ${table}`)
  return parts.length ? ` (${parts.join(', ')})` : ''
}

export const errorSummary = (error: unknown): string => {
  const links: string[] = []
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    links.push(`${classOf(current)}${detailsOf(current)}`)
    current = current.cause
  }
  if (links.length === 0) return `non-error ${typeof error}`
  return links.join(' ← ')
}
