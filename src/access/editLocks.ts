import type { Access, AccessResult, CollectionSlug, PayloadRequest, Where } from 'payload'

import { idOf, type Related } from '@/lib/relationships'
import { isPlatformAdmin } from './roles'

/*
 * Payload's edit locks (`payload-locked-documents`): a row per document someone has open in the
 * admin, naming the document and who holds it. The admin reads them with the person's own access
 * (to say "being edited by …", or to take over), so every signed-in person needs a rule that names
 * rows — never a refusal, which would break the document view.
 */

type Lock = { id: number; document?: { relationTo: CollectionSlug; value: Related } | null; globalSlug?: string | null; user?: { value: Related } | null }
type Operation = 'read' | 'update'

/** Matches no row. */
const NO_LOCK: Where = { id: { exists: false } }

/** Of `ids` of `collection`, those the person may `operation` under that collection's own rule. */
const passing = async (req: PayloadRequest, collection: CollectionSlug, ids: number[], operation: Operation): Promise<number[]> => {
  const rule = await req.payload.collections[collection].config.access[operation]({ req })
  if (rule === false || ids.length === 0) return []
  if (rule === true) return ids
  const { docs } = await req.payload.find({ collection, where: { and: [{ id: { in: ids } }, rule] }, select: {}, depth: 0, pagination: false, overrideAccess: true, req })
  return docs.map((doc) => Number(doc.id))
}

/** The locks of the documents (and globals) the person may `operation`, and the person's own. */
const locksOnDocumentsOneMay =
  (operation: Operation): Access =>
  async ({ req }): Promise<AccessResult> => {
    if (!req.user) return false
    if (isPlatformAdmin(req.user)) return true
    const { docs } = (await req.payload.db.find({ collection: 'payload-locked-documents', pagination: false, limit: 0, req })) as { docs: Lock[] }
    const allowed: number[] = []
    const wanted = new Map<CollectionSlug, Map<number, number[]>>()
    for (const lock of docs) {
      if (idOf(lock.user?.value) === req.user.id) allowed.push(lock.id)
      else if (lock.globalSlug) {
        const global = req.payload.config.globals.find((entry) => entry.slug === lock.globalSlug)
        if (global && (await global.access[operation]({ req })) === true) allowed.push(lock.id)
      } else if (lock.document) {
        const id = idOf(lock.document.value)
        if (id === undefined) continue
        const byDocument = wanted.get(lock.document.relationTo) ?? new Map<number, number[]>()
        byDocument.set(id, [...(byDocument.get(id) ?? []), lock.id])
        wanted.set(lock.document.relationTo, byDocument)
      }
    }
    for (const [collection, byDocument] of wanted) {
      if (!req.payload.collections[collection]) continue
      for (const id of await passing(req, collection, [...byDocument.keys()], operation)) allowed.push(...(byDocument.get(id) ?? []))
    }
    return allowed.length > 0 ? { id: { in: allowed } } : NO_LOCK
  }

/** Seeing that someone edits a document, and who: for the people who may read that document. */
export const readEditLocks = locksOnDocumentsOneMay('read')

/** Taking over or releasing a lock: for the people who may change the document (and the lock's holder). */
export const changeEditLocks = locksOnDocumentsOneMay('update')

/**
 * Locking a document through the API (the admin itself writes locks without access rules): only a
 * document one may change, and only as oneself.
 */
export const createEditLocks: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  const lock = (data ?? {}) as Partial<Lock>
  if (idOf(lock.user?.value) !== req.user.id) return false
  if (lock.globalSlug) return (await req.payload.config.globals.find((entry) => entry.slug === lock.globalSlug)?.access.update({ req })) === true
  const id = idOf(lock.document?.value)
  if (!lock.document || id === undefined || !req.payload.collections[lock.document.relationTo]) return false
  return (await passing(req, lock.document.relationTo, [id], 'update')).length === 1
}
