import type { Payload } from 'payload'

import { graphql, rest } from './api'
import type { Api } from './apiAdapters'
import type { Session } from './actors'

/*
 * A case-study save as an editor makes it, through any API, with the refusal's field errors kept:
 * the review loop's tests look at which field was refused and why. Import it after the test has set
 * its environment (it loads the app's API routes, and with them the config).
 */

export type Answer = { status: number; doc?: any; errors: { path?: string; message: string }[] }

export const CASE_STUDY_FIELDS = 'id slug title _status review { state comment } consent { onRecord recordedOn }'

/** Saves changes to a case study as `session` through `via`; `draft: false` publishes or saves the live version. */
export const saveCaseStudy = async (payload: Payload, via: Api, session: Session, id: number, data: Record<string, unknown>, { draft = true } = {}): Promise<Answer> => {
  if (via === 'local') {
    try {
      const doc = await payload.update({ collection: 'case-studies', id, data: data as never, draft, depth: 0, overrideAccess: false, user: session.user })
      return { status: 200, doc, errors: [] }
    } catch (error: any) {
      return { status: Number(error?.status ?? 500), errors: error?.data?.errors ?? [{ message: String(error?.message) }] }
    }
  }
  if (via === 'rest') {
    const res = await rest('PATCH', `case-studies/${id}?depth=0${draft ? '&draft=true' : ''}`, { token: session.token, body: data })
    const errors = (res.body?.errors ?? []).flatMap((e: any) => e?.data?.errors ?? [{ message: e?.message }])
    return { status: res.status, doc: res.body?.doc, errors }
  }
  const query = `mutation ($id: Int!, $data: mutationCaseStudyUpdateInput!, $draft: Boolean) { updateCaseStudy(id: $id, data: $data, draft: $draft) { ${CASE_STUDY_FIELDS} } }`
  const res = await graphql(query, { token: session.token, variables: { id, data, draft } })
  const raw: any[] = res.body?.errors ?? []
  if (raw.length === 0) return { status: 200, doc: res.body?.data?.updateCaseStudy, errors: [] }
  const errors = raw.flatMap((e) => e?.extensions?.data?.errors ?? e?.data?.errors ?? [{ message: e?.message }])
  return { status: Number(raw[0]?.extensions?.statusCode ?? 500), errors }
}
