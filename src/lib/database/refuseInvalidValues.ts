import { APIError, type BaseDatabaseAdapter, type CollectionSlug, type DatabaseAdapterObj, type Payload, type Where } from 'payload'

import { unanswerableIn } from './answerableOperators'

/**
 * A value from a request that PostgreSQL cannot take for its column — an id that is no number
 * (`/api/pages/abc`), a number beyond the column's range, a NUL character in a text, a negative
 * page — raises one of PostgreSQL's "data exception" errors (SQLSTATE class 22); an operator
 * asked of a field of the wrong kind (`like` on rich text) raises "no such operator" (42883) or
 * "datatype mismatch" (42804), or fails in Payload's query builder. Those are the asker's mistake,
 * so they answer 400, not 500, whichever API asked (REST, GraphQL, the Local API, a hook). Other
 * database errors — a broken query, a lost connection — stay server errors.
 */
export class InvalidValueError extends APIError {
  constructor(message = 'A value in this request does not fit its field (for example, an id that is not a whole number).') {
    super(message, 400, undefined, true)
    // Set by hand: a minified production build renames classes, and the log names errors by this.
    this.name = 'InvalidValue'
  }
}

const ASKERS_MISTAKE = /^(?:22[0-9A-Z]{3}|42883|42804)$/

/** The SQLSTATE of a PostgreSQL error, also when a query builder wrapped it (Drizzle keeps it as `cause`). */
export const sqlStateOf = (error: unknown): string | undefined => {
  let current = error
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown }
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    current = cause
  }
  return undefined
}

/** Every adapter method that runs a query with values that may come from a request. */
const QUERIES = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const satisfies readonly (keyof BaseDatabaseAdapter)[]

type QueryArgs = { collection?: CollectionSlug; global?: string; where?: Where }

/** Refuses a `where` with an operator its field cannot answer, before Payload builds the query. */
const checkOperators = (payload: Payload, { collection, global, where }: QueryArgs) => {
  if (!where) return
  const fields = collection ? payload.collections[collection]?.config.flattenedFields : payload.config.globals.find((entry) => entry.slug === global)?.flattenedFields
  const unanswerable = fields && unanswerableIn(payload, fields, where)
  if (unanswerable) throw new InvalidValueError(`This query asks something its field cannot answer (${unanswerable}).`)
}

/** The database adapter, with the asker's mistakes (see `InvalidValueError`) answered 400. */
export const refuseInvalidValues = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const database = adapter.init(args)
    const methods = database as unknown as Record<string, unknown>
    for (const name of QUERIES) {
      const query = methods[name]
      if (typeof query !== 'function') continue
      methods[name] = async function (this: unknown, ...queryArgs: unknown[]) {
        checkOperators(args.payload, (queryArgs[0] ?? {}) as QueryArgs)
        try {
          return await query.apply(this, queryArgs)
        } catch (error) {
          if (ASKERS_MISTAKE.test(sqlStateOf(error) ?? '')) throw new InvalidValueError()
          throw error
        }
      }
    }
    return database
  },
})
