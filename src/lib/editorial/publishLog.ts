import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { idOf, type Related } from '@/lib/relationships'

type Doc = Record<string, unknown> & { id: number; _status?: 'draft' | 'published' | null; clinic?: Related }

/**
 * Whether the row was live before this save. The log's own last entry says so; `previousDoc` cannot,
 * as it is the row's latest version — with an (auto)saved draft on top of the live one, a draft.
 * Rows published before the log existed have no entry yet: for them `previousDoc` is the best guess.
 */
const wasLive = async (req: PayloadRequest, collection: CollectionSlug, row: Doc, previousDoc: Doc | undefined) => {
  const { docs } = await req.payload.find({
    collection: 'publish-log',
    where: { and: [{ collectionName: { equals: collection } }, { document: { equals: row.id } }] },
    sort: '-id',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs[0] ? docs[0].action === 'published' : previousDoc?._status === 'published'
}

/**
 * Writes the publishing log: every publish, and every unpublish — a live row whose live version went
 * back to draft. Saving a draft on top of a published row (autosave included) leaves the live
 * version as it is, and is not logged.
 */
export const logPublishing =
  (collection: CollectionSlug, titleField: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const row = doc as Doc
    let action: 'published' | 'unpublished' | undefined
    if (row._status === 'published') action = 'published'
    else if (previousDoc) {
      const live = (await req.payload.findByID({ collection, id: row.id, draft: false, depth: 0, overrideAccess: true, req, disableErrors: true })) as Doc | null
      if (live?._status === 'draft' && (await wasLive(req, collection, row, previousDoc as Doc))) action = 'unpublished'
    }
    if (!action) return doc
    await req.payload.create({
      collection: 'publish-log',
      data: {
        action,
        collectionName: collection,
        document: row.id,
        title: String(row[titleField] ?? '').slice(0, 200),
        clinic: idOf(row.clinic),
        // A scheduled publish runs as the person who scheduled it; no user means the system.
        by: req.user?.collection === 'users' ? req.user.id : undefined,
      },
      overrideAccess: true,
      req,
    })
    return doc
  }
