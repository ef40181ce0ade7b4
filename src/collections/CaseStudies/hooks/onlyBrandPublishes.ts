import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { publishesCaseStudies } from '../access'

export const PUBLISHING_IS_THE_BRANDS = 'Save as a draft and submit it for review: brand marketing publishes case studies.'

/** Owners draft and submit; brand marketing (or a platform admin) decides what is published. */
export const onlyBrandPublishes: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || publishesCaseStudies(req.user)) return data
  if (data._status === 'published') {
    throw new ValidationError({
      errors: [{ path: '_status', message: PUBLISHING_IS_THE_BRANDS }],
    })
  }
  return data
}
