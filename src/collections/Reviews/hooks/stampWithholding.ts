import type { CollectionBeforeChangeHook } from 'payload'

import type { Review } from '@/payload-types'

/**
 * Who withheld a review and when is signed by the server, never typed: the brand's record of why a
 * client's words are off the site. Published again, the last record stays for the history.
 */
export const stampWithholding: CollectionBeforeChangeHook<Review> = ({ data, originalDoc, req }) => {
  if (data.status !== 'withheld' || originalDoc?.status === 'withheld') return data
  return {
    ...data,
    withholding: { ...data.withholding, by: req.user?.collection === 'users' ? req.user.id : null, at: new Date().toISOString() },
  }
}
