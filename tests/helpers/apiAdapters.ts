import type { Payload, Where } from 'payload'

import type { Session } from './actors'
import { graphql, rest } from './api'
import { GQL, type Slug } from './graphqlNames'
import { fromGraphql, fromLocal, fromRest, type Outcome } from './outcomes'

/*
 * One call shape for the three APIs: the Local API (`overrideAccess: false` with the actor as
 * `user`), REST and GraphQL.
 */

export type Api = 'local' | 'rest' | 'graphql'
export const APIS: Api[] = ['local', 'rest', 'graphql']
export const VIA: Record<Api, string> = { local: 'the Local API', rest: 'REST', graphql: 'GraphQL' }

/** `[actor, api]` for every pair, for `it.each`. */
export const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]))

/** `where` as Payload's REST query string: `where[clinic][equals]=2`, `where[or][0][id][equals]=5`. */
export const toQuery = (value: unknown, prefix: string): string[] => {
  if (value === null || value === undefined) return []
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => toQuery(inner, `${prefix}[${key}]`))
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
}

export type UploadFile = { data: Buffer; mimetype: string; name: string }

type Options = { depth?: number; draft?: boolean; fields?: string }

/** GraphQL spells the combinators `AND` / `OR`. */
const gqlWhere = (where: unknown): unknown => {
  if (Array.isArray(where)) return where.map(gqlWhere)
  if (!where || typeof where !== 'object') return where
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => [key === 'or' ? 'OR' : key === 'and' ? 'AND' : key, gqlWhere(value)]),
  )
}

/** Lists rows of a collection as `session`, optionally narrowed by `where`. */
export const findAs = async (payload: Payload, api: Api, s: Session, collection: Slug, where?: Where, o: Options = {}): Promise<Outcome> => {
  if (api === 'local') {
    return fromLocal(() =>
      payload.find({ collection, where, depth: o.depth ?? 0, draft: o.draft, limit: 200, overrideAccess: false, user: s.user }),
    )
  }
  if (api === 'rest') {
    const query = [...toQuery(where, 'where'), `depth=${o.depth ?? 0}`, 'limit=100', ...(o.draft ? ['draft=true'] : [])]
    return fromRest(await rest('GET', `${collection}?${query.join('&')}`, { token: s.token }))
  }
  const { one, many, fields } = GQL[collection]
  const query = `query ($where: ${one}_where, $draft: Boolean) { ${many}(where: $where, draft: $draft, limit: 200) { docs { ${o.fields ?? fields} } } }`
  return fromGraphql(await graphql(query, { token: s.token, variables: { where: gqlWhere(where), draft: o.draft } }), many)
}

/** Reads one row by id as `session`. */
export const findByIdAs = async (payload: Payload, api: Api, s: Session, collection: Slug, id: number, o: Options = {}): Promise<Outcome> => {
  if (api === 'local') {
    return fromLocal(() => payload.findByID({ collection, id, depth: o.depth ?? 0, draft: o.draft, overrideAccess: false, user: s.user }))
  }
  if (api === 'rest') {
    return fromRest(await rest('GET', `${collection}/${id}?depth=${o.depth ?? 0}${o.draft ? '&draft=true' : ''}`, { token: s.token }))
  }
  const { one, fields } = GQL[collection]
  const query = `query ($id: Int!, $draft: Boolean) { ${one}(id: $id, draft: $draft) { ${o.fields ?? fields} } }`
  return fromGraphql(await graphql(query, { token: s.token, variables: { id, draft: o.draft } }), one)
}

export const createAs = async (
  payload: Payload,
  api: Api,
  s: Session,
  collection: Slug,
  data: Record<string, unknown>,
  o: Options & { file?: UploadFile } = {},
): Promise<Outcome> => {
  const { file } = o
  if (api === 'local') {
    return fromLocal(
      () =>
        payload.create({
          collection,
          data: data as never,
          depth: 0,
          draft: o.draft,
          overrideAccess: false,
          user: s.user,
          file: file ? { ...file, size: file.data.length } : undefined,
        }),
      201,
    )
  }
  if (api === 'rest') {
    const path = `${collection}?depth=0${o.draft ? '&draft=true' : ''}`
    if (!file) return fromRest(await rest('POST', path, { token: s.token, body: data }))
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
    form.append('_payload', JSON.stringify(data))
    return fromRest(await rest('POST', path, { token: s.token, formData: form }))
  }
  const { one, fields } = GQL[collection]
  const query = `mutation ($data: mutation${one}Input!, $draft: Boolean) { create${one}(data: $data, draft: $draft) { ${o.fields ?? fields} } }`
  const res = fromGraphql(await graphql(query, { token: s.token, variables: { data, draft: o.draft } }), `create${one}`)
  return res.doc ? { ...res, status: 201 } : res
}

export const updateAs = async (payload: Payload, api: Api, s: Session, collection: Slug, id: number, data: Record<string, unknown>, o: Options = {}): Promise<Outcome> => {
  if (api === 'local') {
    return fromLocal(() => payload.update({ collection, id, data: data as never, depth: 0, draft: o.draft, overrideAccess: false, user: s.user }))
  }
  if (api === 'rest') return fromRest(await rest('PATCH', `${collection}/${id}?depth=0${o.draft ? '&draft=true' : ''}`, { token: s.token, body: data }))
  const { one, fields } = GQL[collection]
  const query = `mutation ($id: Int!, $data: mutation${one}UpdateInput!, $draft: Boolean) { update${one}(id: $id, data: $data, draft: $draft) { ${o.fields ?? fields} } }`
  return fromGraphql(await graphql(query, { token: s.token, variables: { id, data, draft: o.draft } }), `update${one}`)
}

export const deleteAs = async (payload: Payload, api: Api, s: Session, collection: Slug, id: number): Promise<Outcome> => {
  if (api === 'local') return fromLocal(() => payload.delete({ collection, id, depth: 0, overrideAccess: false, user: s.user }))
  if (api === 'rest') return fromRest(await rest('DELETE', `${collection}/${id}?depth=0`, { token: s.token }))
  const { one } = GQL[collection]
  return fromGraphql(await graphql(`mutation ($id: Int!) { delete${one}(id: $id) { id } }`, { token: s.token, variables: { id } }), `delete${one}`)
}

/** Bulk writes by `where` (REST `PATCH/DELETE /api/<slug>?where…`, Local API `update/delete` with `where`). */
export const bulkAs = async (
  payload: Payload,
  api: Exclude<Api, 'graphql'>,
  s: Session,
  op: 'update' | 'delete',
  collection: Slug,
  where: Where,
  data: Record<string, unknown> = {},
): Promise<Outcome> => {
  if (api === 'local') {
    return fromLocal(() =>
      op === 'update'
        ? payload.update({ collection, where, data: data as never, depth: 0, overrideAccess: false, user: s.user })
        : payload.delete({ collection, where, depth: 0, overrideAccess: false, user: s.user }),
    )
  }
  const query = [...toQuery(where, 'where'), 'depth=0'].join('&')
  return fromRest(await rest(op === 'update' ? 'PATCH' : 'DELETE', `${collection}?${query}`, { token: s.token, body: op === 'update' ? data : undefined }))
}
