import { type DocumentNode, parse } from 'graphql'

import { asPrivateRead, asPublicRead, isAnonymous } from './publicReads'

type GraphqlHandler = (request: Request) => Promise<Response>

const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })

const onlyQueries = (document: DocumentNode) =>
  document.definitions.every((definition) => definition.kind !== 'OperationDefinition' || definition.operation === 'query')

/**
 * GraphQL read by GET (`/api/graphql?query=…&variables=…`), so that a query has an address a cache
 * can keep: Payload answers GraphQL by POST only. Queries only — a mutation by GET would let any
 * link or image change data — then the same handler as POST, its answer public when anonymous
 * (src/lib/api/publicReads.ts).
 */
export const graphqlRead =
  (handler: GraphqlHandler): GraphqlHandler =>
  async (request) => {
    const url = new URL(request.url)
    const query = url.searchParams.get('query')
    if (!query) return refuse(400, 'A GraphQL read by GET needs a `query` parameter.')
    let variables: unknown
    try {
      variables = JSON.parse(url.searchParams.get('variables') || 'null')
      if (!onlyQueries(parse(query))) return refuse(405, 'Mutations are sent by POST.', { allow: 'POST' })
    } catch {
      return refuse(400, 'The query or its variables could not be read.')
    }
    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    headers.delete('content-length')
    const body = JSON.stringify({ query, variables, operationName: url.searchParams.get('operationName') || undefined })
    const response = await handler(new Request(url, { method: 'POST', headers, body }))
    return isAnonymous(request) ? asPublicRead(request, response) : asPrivateRead(response)
  }
