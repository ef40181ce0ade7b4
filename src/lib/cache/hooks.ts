import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import type { Related } from '@/lib/relationships'

import { revalidateTags } from './revalidate'

/** A row as the hooks see it; `clinic` is read with `idOf`, populated or not. */
type Doc = Record<string, unknown> & { _status?: 'draft' | 'published' | null; clinic?: Related }

/** A save that neither publishes nor unpublishes anything (a draft on top of a draft) shows nowhere. */
const onlyDrafts = (doc: Doc, previousDoc: Doc | undefined) =>
  doc._status === 'draft' && (!previousDoc || previousDoc._status !== 'published')

/**
 * afterChange and afterDelete hooks that expire the tags `tagsFor` names for the row as it is now
 * and as it was before, so moving a row between clinics refreshes both.
 */
export const revalidateOnChange = (tagsFor: (doc: Doc) => string[]) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    if (!onlyDrafts(doc, previousDoc)) await revalidateTags([...tagsFor(doc), ...(previousDoc ? tagsFor(previousDoc) : [])], req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await revalidateTags(tagsFor(doc), req)
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

export const revalidateGlobal = (tag: string): GlobalAfterChangeHook => async ({ doc, req }) => {
  await revalidateTags([tag], req)
  return doc
}
