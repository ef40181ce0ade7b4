import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { worksAcrossClinics } from '@/access/roles'

export const PUBLISHING_IS_THE_BRANDS = 'Save as a draft and submit it for review: brand marketing publishes case studies.'

/** Owners draft and submit; brand marketing (or a platform admin) decides what is published. */
export const onlyBrandPublishes: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || worksAcrossClinics(req.user)) return data
  if (data._status === 'published') {
    throw new ValidationError({
      errors: [{ path: '_status', message: PUBLISHING_IS_THE_BRANDS }],
    })
  }
  return data
}
