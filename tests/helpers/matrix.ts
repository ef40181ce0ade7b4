import type { CollectionSlug, Payload, Where } from 'payload'
import { expect } from 'vitest'

import type { User } from '@/payload-types'

import { graphql, rest } from './api'
import { demoToken, demoUser } from './payload'

/*
 * The access-control matrix speaks in actors and outcomes: one call shape for the Local API
 * (`overrideAccess: false` with the actor as `user`), REST and GraphQL, each answer brought to
 * `{ status, docs | doc, message }` so one expectation covers all three.
 */

export const PEOPLE = {
  admin: 'admin@stipple.localhost',
  marketing: 'marketing@stipple.localhost',
  ownerLondon: 'owner.london@stipple.localhost',
  staffLondon: 'staff.london@stipple.localhost',
  ownerManchester: 'owner.manchester@stipple.localhost',
  staffManchester: 'staff.manchester@stipple.localhost',
  ownerLeeds: 'owner.leeds@stipple.localhost',
} as const

export type Person = keyof typeof PEOPLE
export type Actor = Person | 'visitor'

export const AS: Record<Actor, string> = {
  admin: 'as platform admin',
  marketing: 'as brand marketing',
  ownerLondon: 'as franchise owner of London',
  staffLondon: 'as clinic staff of London',
  ownerManchester: 'as franchise owner of Manchester',
  staffManchester: 'as clinic staff of Manchester',
  ownerLeeds: 'as franchise owner of Leeds',
  visitor: 'as anonymous visitor',
}

export type Session = { actor: Actor; user?: User & { collection: 'users' }; token?: string }

export const signInAll = async (payload: Payload): Promise<Record<Actor, Session>> => {
  const sessions = { visitor: { actor: 'visitor' } } as Record<Actor, Session>
  for (const [actor, email] of Object.entries(PEOPLE) as [Person, string][]) {
    sessions[actor] = { actor, user: await demoUser(payload, email), token: await demoToken(payload, email) }
  }
  return sessions
}

export type Api = 'local' | 'rest' | 'graphql'
export const APIS: Api[] = ['local', 'rest', 'graphql']
export const VIA: Record<Api, string> = { local: 'the Local API', rest: 'REST', graphql: 'GraphQL' }

/** `[actor, api]` for every pair, for `it.each`. */
export const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]))

export type Outcome = { status: number; docs: any[]; doc?: any; message: string }

type Slug = Exclude<CollectionSlug, `payload-${string}`>

/** GraphQL names Payload generates for each collection, and the fields a test reads back. */
export const GQL: Record<Slug, { one: string; many: string; fields: string }> = {
  clinics: { one: 'Clinic', many: 'Clinics', fields: 'id slug status' },
  users: { one: 'User', many: 'Users', fields: 'id email role clinics { clinic { id } }' },
  treatments: { one: 'Treatment', many: 'Treatments', fields: 'id slug _status' },
  faqs: { one: 'Faq', many: 'Faqs', fields: 'id question clinic { id }' },
  'case-studies': { one: 'CaseStudy', many: 'CaseStudies', fields: 'id slug _status clinic { id }' },
  leads: { one: 'Lead', many: 'Leads', fields: 'id status clinic { id }' },
  'lead-photos': { one: 'LeadPhoto', many: 'LeadPhotos', fields: 'id filename clinic { id }' },
  'privacy-log': { one: 'PrivacyLogEntry', many: 'PrivacyLog', fields: 'id action lead clinic { id }' },
  'publish-log': { one: 'PublishLog', many: 'PublishLogs', fields: 'id action collectionName document' },
  media: { one: 'Media', many: 'allMedia', fields: 'id filename clinic { id }' },
  'consent-forms': { one: 'ConsentForm', many: 'ConsentForms', fields: 'id filename clinic { id }' },
  'team-members': { one: 'TeamMember', many: 'TeamMembers', fields: 'id name clinic { id }' },
  pages: { one: 'Page', many: 'Pages', fields: 'id slug _status clinic { id }' },
}

/** `where` as Payload's REST query string: `where[clinic][equals]=2`, `where[or][0][id][equals]=5`. */
export const toQuery = (value: unknown, prefix: string): string[] => {
  if (value === null || value === undefined) return []
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => toQuery(inner, `${prefix}[${key}]`))
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
}

const messagesOf = (errors: any[] | undefined): string =>
  (errors ?? [])
    .flatMap((e) => [e?.message, ...(e?.data?.errors ?? e?.extensions?.data?.errors ?? []).map((d: any) => d?.message)])
    .filter(Boolean)
    .join(' | ')

const fromLocal = async (run: () => Promise<any>, okStatus = 200): Promise<Outcome> => {
  try {
    const result = await run()
    return { status: okStatus, docs: result?.docs ?? [], doc: result?.docs ? undefined : result, message: '' }
  } catch (error: any) {
    const data = error?.data?.errors?.map((d: any) => d?.message) ?? []
    return { status: Number(error?.status ?? 500), docs: [], message: [error?.message, ...data].filter(Boolean).join(' | ') }
  }
}

const fromRest = (res: { status: number; body: any }): Outcome => ({
  status: res.status,
  docs: Array.isArray(res.body?.docs) ? res.body.docs : [],
  doc: res.body?.doc ?? (res.status < 300 && res.body?.id !== undefined ? res.body : undefined),
  message: [res.body?.message, messagesOf(res.body?.errors)].filter(Boolean).join(' | '),
})

const fromGraphql = (res: { status: number; body: any }, field: string): Outcome => {
  const errors: any[] = res.body?.errors ?? []
  const data = res.body?.data?.[field]
  const status = errors.length > 0 ? Number(errors[0]?.extensions?.statusCode ?? (res.status >= 400 ? res.status : 500)) : res.status
  return { status, docs: Array.isArray(data?.docs) ? data.docs : [], doc: data?.docs ? undefined : (data ?? undefined), message: messagesOf(errors) }
}

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
    const query = [...toQuery(where, 'where'), `depth=${o.depth ?? 0}`, 'limit=200', ...(o.draft ? ['draft=true'] : [])]
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

export type UploadFile = { data: Buffer; mimetype: string; name: string }

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

export type Seed = {
  clinics: Record<'london' | 'manchester' | 'leeds', number>
  users: Record<Person, number>
  /** Row ids per tenant-scoped collection, per clinic slug (drafts included). */
  rows: Record<ClinicRowSlug, Record<'london' | 'manchester' | 'leeds', number[]>>
  brandWide: { faqs: number[]; media: number[] }
}
export type ClinicRowSlug = 'leads' | 'team-members' | 'pages' | 'case-studies' | 'consent-forms' | 'faqs' | 'media'
export const CLINIC_ROW_SLUGS: ClinicRowSlug[] = ['leads', 'team-members', 'pages', 'case-studies', 'consent-forms', 'faqs', 'media']

/** Ids of the seeded rows, read without access rules. */
export const loadSeed = async (payload: Payload): Promise<Seed> => {
  const clinics = {} as Seed['clinics']
  for (const slug of ['london', 'manchester', 'leeds'] as const) {
    const found = await payload.find({ collection: 'clinics', where: { slug: { equals: slug } }, overrideAccess: true, depth: 0 })
    clinics[slug] = found.docs[0]!.id
  }
  const users = {} as Seed['users']
  for (const [person, email] of Object.entries(PEOPLE) as [Person, string][]) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })
    users[person] = found.docs[0]!.id
  }
  const rows = {} as Seed['rows']
  for (const collection of CLINIC_ROW_SLUGS) {
    rows[collection] = { london: [], manchester: [], leeds: [] }
    for (const slug of ['london', 'manchester', 'leeds'] as const) {
      const found = await payload.find({
        collection,
        where: { clinic: { equals: clinics[slug] } },
        overrideAccess: true,
        draft: true,
        depth: 0,
        limit: 0,
        pagination: false,
      })
      rows[collection][slug] = idsOf(found.docs)
    }
  }
  const brandWide = { faqs: [] as number[], media: [] as number[] }
  for (const collection of ['faqs', 'media'] as const) {
    const found = await payload.find({ collection, where: { clinic: { exists: false } }, overrideAccess: true, depth: 0, pagination: false })
    brandWide[collection] = idsOf(found.docs)
  }
  return { clinics, users, rows, brandWide }
}

/* Rows made for one test and removed after it, so the seed stays as the other files expect. */

let counter = 0
const unique = (tag: string) => `${tag}-${process.pid}-${Date.now().toString(36)}-${++counter}`

const SYSTEM_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'sizes', 'url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY'])

/** A stored row as input for a new one: no ids of its own, timestamps or file metadata. */
export const asInput = (value: unknown): any => {
  if (Array.isArray(value)) return value.map(asInput)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !SYSTEM_KEYS.has(key)).map(([key, inner]) => [key, asInput(inner)]))
  }
  return value
}

export const pngFile = async (name = 'probe.png'): Promise<UploadFile> => {
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#808080' } }).png().toBuffer()
  return { data, mimetype: 'image/png', name }
}

export const pdfFile = async (name = 'probe-consent.pdf'): Promise<UploadFile> => {
  const { demoConsentPdf } = await import('@/seed/consentPdf')
  return { data: demoConsentPdf('Probe'), mimetype: 'application/pdf', name }
}

/**
 * Valid input for a new row of `collection` belonging to `clinic` (brand-wide when `null`, where the
 * collection allows it), modelled on a seeded row; uploads come with their file.
 */
export const sampleRow = async (
  payload: Payload,
  seed: Seed,
  collection: Slug,
  clinic: number | null,
): Promise<{ data: Record<string, any>; file?: UploadFile }> => {
  const tag = unique('probe')
  const copy = async (slug: Slug, id: number) => asInput(await payload.findByID({ collection: slug, id, depth: 0, draft: true, overrideAccess: true }))
  const slugOf = Object.entries(seed.clinics).find(([, id]) => id === clinic)?.[0] as keyof Seed['clinics'] | undefined
  const own = (c: ClinicRowSlug) => seed.rows[c][slugOf ?? 'london'][0]!
  switch (collection) {
    case 'clinics':
      return { data: { ...(await copy('clinics', seed.clinics.london)), name: `Probe ${tag}`, slug: tag, status: 'draft', hostnames: [{ hostname: `${tag}.localhost` }] } }
    case 'users':
      return { data: { email: `${tag}@example.invalid`, password: 'probe-password-123', name: 'Probe Person', role: 'clinicStaff', clinics: clinic ? [{ clinic }] : [] } }
    case 'treatments': {
      const first = (await payload.find({ collection: 'treatments', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
      return { data: { ...(await copy('treatments', first.id)), title: `Probe ${tag}`, slug: tag, _status: 'draft' } }
    }
    case 'faqs':
      return { data: { ...(await copy('faqs', seed.brandWide.faqs[0]!)), question: `Probe ${tag}?`, clinic } }
    case 'case-studies': {
      // The client profile is left out: its select values ("35-44") are renamed enums in GraphQL.
      const { client: _client, ...row } = await copy('case-studies', own('case-studies'))
      return { data: { ...row, title: `Probe ${tag}`, slug: tag, clinic, _status: 'draft', consent: { onRecord: false } } }
    }
    case 'leads':
      return { data: { ...(await copy('leads', own('leads'))), email: `${tag}@example.invalid`, name: 'Probe Lead', clinic, status: 'new', notes: [] } }
    case 'media':
      return { data: { alt: `Probe ${tag}`, clinic }, file: await pngFile(`${tag}.png`) }
    case 'lead-photos':
      return { data: { clinic }, file: await pngFile(`${tag}.png`) }
    case 'privacy-log':
      return { data: { action: 'leadErased', lead: 1, clinic } }
    case 'publish-log':
      return { data: { action: 'published', collectionName: 'pages', document: 1, clinic } }
    case 'consent-forms':
      return { data: { signedOn: '2026-02-01', clinic }, file: await pdfFile(`${tag}.pdf`) }
    case 'team-members':
      return { data: { ...(await copy('team-members', own('team-members'))), name: `Probe ${tag}`, clinic } }
    case 'pages':
      return { data: { ...(await copy('pages', own('pages'))), title: `Probe ${tag}`, slug: tag, clinic, _status: 'draft' } }
  }
}

/** A new row made without access rules, for a test to read, change or delete. */
export const throwaway = async (payload: Payload, seed: Seed, collection: Slug, clinic: number | null, patch: Record<string, unknown> = {}): Promise<number> => {
  const { data, file } = await sampleRow(payload, seed, collection, clinic)
  const created = await payload.create({
    collection,
    data: { ...data, ...patch } as never,
    draft: (patch._status ?? data._status) === 'draft' ? true : undefined,
    file: file ? { ...file, size: file.data.length } : undefined,
    overrideAccess: true,
    depth: 0,
  })
  return Number((created as { id: number }).id)
}

/** Removes rows a test made (and whatever a successful create returned); missing rows are fine. */
export const removeRows = async (payload: Payload, collection: Slug, ids: (number | undefined | null)[]) => {
  for (const id of ids) {
    if (id === undefined || id === null) continue
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
  }
}

export const exists = async (payload: Payload, collection: Slug, id: number): Promise<boolean> =>
  (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
