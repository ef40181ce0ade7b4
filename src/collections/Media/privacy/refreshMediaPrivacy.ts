import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, Where } from 'payload'

import { idOf, type Related } from '@/lib/relationships'

import { mediaIn, mediaKeysOf } from './mediaIn'

/*
 * Which images are private: the photos of case studies that are not published. docs/decisions/0012
 * explains the rule and why it is kept as a column on media.
 */

const CASE_STUDIES = 'case-studies'
const LARGEST_ID = 2_147_483_647

type Study = { _status?: string | null; imagePairs?: { before?: Related; after?: Related }[] | null }

const photosOf = (study: Study | undefined): number[] =>
  (study?.imagePairs ?? []).flatMap((pair) => [idOf(pair.before), idOf(pair.after)]).filter((id): id is number => id !== undefined)

const inImagePairs = (ids: number[], prefix = ''): Where => ({
  or: [{ [`${prefix}imagePairs.before`]: { in: ids } }, { [`${prefix}imagePairs.after`]: { in: ids } }],
})

/**
 * Of `ids`, the photos case studies hold — in any version, history included, so a photo taken out
 * of a draft or off an unpublished study stays the client's — and those a live case study shows.
 */
const caseStudyPhotos = async (req: PayloadRequest, ids: number[]) => {
  const common = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const stored = await req.payload.find({ collection: CASE_STUDIES, where: inImagePairs(ids), select: { imagePairs: true, _status: true }, ...common })
  const versions = await req.payload.findVersions({ collection: CASE_STUDIES, where: inImagePairs(ids, 'version.'), ...common })
  const held = new Set([...stored.docs.flatMap(photosOf), ...versions.docs.flatMap((version) => photosOf(version.version as Study))])
  // The stored row of a case study is its live version (drafts are kept as versions only).
  const live = new Set(stored.docs.filter((study) => study._status === 'published').flatMap(photosOf))
  return { held, live }
}

/** The same request as an anonymous visitor: what each collection's read rule shows the public. */
const asVisitor = (req: PayloadRequest): PayloadRequest => Object.assign(Object.create(req) as PayloadRequest, { user: null })

/**
 * Of `candidates`, the images that something other than a case study shows to visitors: a
 * treatment's hero, a clinic's logo, a published page, an image in rich text, a global. Such an
 * image is public, or that page would show a broken picture.
 */
const shownElsewhere = async (req: PayloadRequest, candidates: Set<number>): Promise<Set<number>> => {
  const shown = new Set<number>()
  const note = (found: Set<number>) => found.forEach((id) => candidates.has(id) && shown.add(id))
  const visitor = asVisitor(req)
  for (const { config } of Object.values(req.payload.collections)) {
    if (config.slug === CASE_STUDIES || config.slug === 'media') continue
    const keys = mediaKeysOf(config.fields)
    if (keys.length === 0) continue
    const visitorsSee = await config.access.read({ req: visitor })
    if (visitorsSee === false) continue
    const { docs } = await req.payload.find({
      collection: config.slug,
      where: visitorsSee === true ? undefined : visitorsSee,
      select: Object.fromEntries(keys.map((key) => [key, true])),
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) note(mediaIn(config.fields, doc))
  }
  for (const global of req.payload.config.globals) {
    if (mediaKeysOf(global.fields).length === 0 || (await global.access.read({ req: visitor })) !== true) continue
    note(mediaIn(global.fields, await req.payload.findGlobal({ slug: global.slug, depth: 0, overrideAccess: true, req })))
  }
  return shown
}

/** The SQL session of the request's transaction, so the images' rows are locked and written inside it. */
const databaseOf = async (req: PayloadRequest) => {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transaction = await req.transactionID
  return (transaction !== undefined && adapter.sessions[String(transaction)]?.db) || adapter.drizzle
}

/**
 * Brings `privateUntilPublished` of these images up to date, in the request's transaction:
 * - an image a live case study shows, or anything else shows visitors, is public;
 * - otherwise an image a case study holds (any version) is private: only its clinic and the brand
 *   team see it, and unpublishing a case study makes its photos private again;
 * - an image no case study holds keeps what it was (a deleted draft's photos stay private).
 * The images' rows are locked first, so two saves touching one image decide one after the other.
 */
export const refreshMediaPrivacy = async (req: PayloadRequest, imageIds: Iterable<number>): Promise<void> => {
  const ids = [...new Set(imageIds)].filter((id) => Number.isInteger(id) && id > 0 && id <= LARGEST_ID)
  if (ids.length === 0) return
  const db = await databaseOf(req)
  const { rows } = await db.execute<{ id: number; private: boolean | null }>(
    sql`SELECT id, private_until_published AS private FROM media WHERE id = ANY(${sql.param(ids)}::integer[]) ORDER BY id FOR UPDATE`,
  )
  if (rows.length === 0) return
  const { held, live } = await caseStudyPhotos(
    req,
    rows.map((row) => row.id),
  )
  const candidates = new Set(rows.filter((row) => held.has(row.id) && !live.has(row.id)).map((row) => row.id))
  const shown = candidates.size > 0 ? await shownElsewhere(req, candidates) : new Set<number>()
  const isPrivate = (id: number, was: boolean) => (live.has(id) || shown.has(id) ? false : held.has(id) ? true : was)
  const changed = rows.filter((row) => isPrivate(row.id, Boolean(row.private)) !== Boolean(row.private))
  if (changed.length === 0) return
  const nowPrivate = changed.filter((row) => !row.private).map((row) => row.id)
  await db.execute(
    sql`UPDATE media SET private_until_published = (id = ANY(${sql.param(nowPrivate)}::integer[])) WHERE id = ANY(${sql.param(changed.map((row) => row.id))}::integer[])`,
  )
}

/**
 * Refreshes every photo a case study holds or held — its live row and each version, so a photo
 * that has just left the live version is decided too — with `alsoImages`.
 */
export const refreshCaseStudyPhotos = async (req: PayloadRequest, studyId: number | string, alsoImages: Iterable<number> = []): Promise<void> => {
  const common = { depth: 0, pagination: false, overrideAccess: true, req } as const
  const versions = await req.payload.findVersions({ collection: CASE_STUDIES, where: { parent: { equals: studyId } }, ...common })
  const stored = await req.payload.find({ collection: CASE_STUDIES, where: { id: { equals: studyId } }, select: { imagePairs: true }, ...common })
  await refreshMediaPrivacy(req, [...alsoImages, ...stored.docs.flatMap(photosOf), ...versions.docs.flatMap((version) => photosOf(version.version as Study))])
}
