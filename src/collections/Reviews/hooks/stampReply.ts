import type { CollectionBeforeChangeHook } from 'payload'

import type { Review } from '@/payload-types'

/** A reply shows with its date: stamped when the owner writes or changes it, cleared with it. */
export const stampReply: CollectionBeforeChangeHook<Review> = ({ data, originalDoc }) => {
  if (!('ownerReply' in data) || (data.ownerReply ?? '') === (originalDoc?.ownerReply ?? '')) return data
  return { ...data, repliedAt: data.ownerReply?.trim() ? new Date().toISOString() : null }
}
