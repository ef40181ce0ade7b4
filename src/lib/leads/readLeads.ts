import type { Payload, PayloadRequest, Where } from 'payload'

import type { Lead, LeadsSelect } from '@/payload-types'

type ReadLeadsOptions = {
  /** Whose access decides which leads and fields come back (`overrideAccess: false`). */
  user: PayloadRequest['user'] | null | undefined
  where?: Where
  select?: LeadsSelect<true>
  pageSize?: number
}

/**
 * Leads as `user` may read them, newest first, one page at a time. Pages follow the id (keyset)
 * rather than a page number, so a lead arriving mid-way neither shifts a page nor repeats a row,
 * and thousands of leads never sit in memory at once. With `select`, only those fields are filled.
 */
export async function* readLeadsInPages(payload: Payload, { user, where, select, pageSize = 500 }: ReadLeadsOptions): AsyncGenerator<Lead[]> {
  let before: number | undefined
  for (;;) {
    const conditions: Where[] = [...(where ? [where] : []), ...(before !== undefined ? [{ id: { less_than: before } }] : [])]
    const { docs } = await payload.find({
      collection: 'leads',
      where: conditions.length > 0 ? { and: conditions } : undefined,
      select,
      sort: '-id',
      limit: pageSize,
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: user ?? undefined,
    })
    if (docs.length === 0) return
    yield docs as Lead[]
    if (docs.length < pageSize) return
    before = docs[docs.length - 1]!.id
  }
}
