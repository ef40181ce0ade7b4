import type { CollectionAfterDeleteHook } from 'payload'

import { deleteLeadPhotos } from '@/lib/leads/anonymise'
import type { Lead } from '@/payload-types'

import { idOf } from '@/lib/relationships'

/**
 * Erasing a lead (a person's request under data-protection law) removes its photos with it and
 * leaves a privacy-log entry naming only the lead's number, the clinic and who erased it.
 */
export const eraseLeadPhotosAndLog: CollectionAfterDeleteHook<Lead> = async ({ doc, req }) => {
  await deleteLeadPhotos(req.payload, doc, req)
  await req.payload.create({
    collection: 'privacy-log',
    data: {
      action: 'leadErased',
      lead: doc.id,
      clinic: idOf(doc.clinic),
      by: req.user?.collection === 'users' ? req.user.id : undefined,
    },
    overrideAccess: true,
    req,
  })
}
