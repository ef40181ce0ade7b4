import { POST as graphqlHandler } from '@/app/(payload)/api/graphql/route'
import { DELETE, GET, PATCH, POST } from '@/app/(payload)/api/[...slug]/route'

/*
 * The app's own /api and /api/graphql route handlers (Payload's, as the app wraps them), called
 * in-process with real `Request` objects: the same code path as HTTP requests, without building or
 * starting a server.
 */

const handlers = { GET, POST, PATCH, DELETE }

export type ApiResponse = { status: number; body: any }

const headersFor = (token?: string, contentType?: string): Headers => {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (contentType) headers.set('Content-Type', contentType)
  return headers
}

const parse = async (response: Response): Promise<ApiResponse> => {
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body }
}

type RestOptions = { token?: string; body?: unknown; formData?: FormData }

/** The raw `Response` of a path below /api, for answers that are no JSON (files, CSV). */
export const restResponse = async (method: keyof typeof handlers, pathAndQuery: string, { token, body, formData }: RestOptions = {}): Promise<Response> => {
  const url = new URL(`http://localhost:3000/api/${pathAndQuery.replace(/^\//, '')}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
  const request = new Request(url, {
    method,
    headers: headersFor(token, body !== undefined ? 'application/json' : undefined),
    body: formData ?? (body !== undefined ? JSON.stringify(body) : undefined),
  })
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

/** `rest('GET', 'leads?where[clinic][equals]=2', { token })` — a path below /api. */
export const rest = async (method: keyof typeof handlers, pathAndQuery: string, options: RestOptions = {}): Promise<ApiResponse> =>
  parse(await restResponse(method, pathAndQuery, options))

export const graphql = async (query: string, { token, variables }: { token?: string; variables?: Record<string, unknown> } = {}) => {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: headersFor(token, 'application/json'),
    body: JSON.stringify({ query, variables }),
  })
  return parse(await graphqlHandler(request))
}
