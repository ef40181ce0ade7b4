import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { roleOf, worksAcrossClinics } from '@/access/roles'

import { PUBLISHING_IS_THE_BRANDS } from './onlyBrandPublishes'

/**
 * Only the brand publishes and unpublishes case studies, so a clinic's change to a live one must
 * be a draft on top of it. Checked before the operation because a save without the draft flag
 * takes its status from the latest version: after a draft that would quietly take the live result
 * down, which `onlyBrandPublishes` (seeing status "draft") cannot tell from an ordinary draft save.
 */
export const onlyDraftsOnLiveResults: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !roleOf(req.user) || worksAcrossClinics(req.user) || args.draft) return args
  const id = (args as { id?: number | string }).id
  const live =
    id === undefined
      ? (await req.payload.count({ collection: 'case-studies', where: { and: [args.where ?? {}, { _status: { equals: 'published' } }] }, overrideAccess: true, req })).totalDocs > 0
      : (await req.payload.findByID({ collection: 'case-studies', id, draft: false, depth: 0, overrideAccess: true, req, disableErrors: true }))?._status === 'published'
  if (live) throw new ValidationError({ errors: [{ path: '_status', message: PUBLISHING_IS_THE_BRANDS }] })
  return args
}
