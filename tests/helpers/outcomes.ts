import { expect } from 'vitest'

/*
 * Every API's answer brought to one shape, `{ status, docs | doc, message }`, so one expectation
 * covers the Local API, REST and GraphQL.
 */

export type Outcome = { status: number; docs: any[]; doc?: any; message: string }

const messagesOf = (errors: any[] | undefined): string =>
  (errors ?? [])
    .flatMap((e) => [e?.message, ...(e?.data?.errors ?? e?.extensions?.data?.errors ?? []).map((d: any) => d?.message)])
    .filter(Boolean)
    .join(' | ')

export const fromLocal = async (run: () => Promise<any>, okStatus = 200): Promise<Outcome> => {
  try {
    const result = await run()
    return { status: okStatus, docs: result?.docs ?? [], doc: result?.docs ? undefined : result, message: '' }
  } catch (error: any) {
    const data = error?.data?.errors?.map((d: any) => d?.message) ?? []
    return { status: Number(error?.status ?? 500), docs: [], message: [error?.message, ...data].filter(Boolean).join(' | ') }
  }
}

export const fromRest = (res: { status: number; body: any }): Outcome => ({
  status: res.status,
  docs: Array.isArray(res.body?.docs) ? res.body.docs : [],
  doc: res.body?.doc ?? (res.status < 300 && res.body?.id !== undefined ? res.body : undefined),
  message: [res.body?.message, messagesOf(res.body?.errors)].filter(Boolean).join(' | '),
})

export const fromGraphql = (res: { status: number; body: any }, field: string): Outcome => {
  const errors: any[] = res.body?.errors ?? []
  const data = res.body?.data?.[field]
  const status = errors.length > 0 ? Number(errors[0]?.extensions?.statusCode ?? (res.status >= 400 ? res.status : 500)) : res.status
  return { status, docs: Array.isArray(data?.docs) ? data.docs : [], doc: data?.docs ? undefined : (data ?? undefined), message: messagesOf(errors) }
}

/** The clinic id of a row as any API returns it: a number, a populated object, or GraphQL's `{ id }`. */
export const clinicOf = (doc: any): number | null => {
  const ref = doc?.clinic
  if (ref === null || ref === undefined) return null
  return Number(typeof ref === 'object' ? ref.id : ref)
}

export const idsOf = (docs: any[]): number[] => docs.map((d) => Number(d.id)).sort((a, b) => a - b)

/** A refusal that gives nothing away: forbidden or not found, and no document. */
export const expectRefused = (outcome: Outcome, label = '') => {
  expect([403, 404], `${label} status ${outcome.status}: ${outcome.message}`).toContain(outcome.status)
  expect(outcome.doc ?? null, label).toBeNull()
  expect(outcome.docs, label).toEqual([])
}
