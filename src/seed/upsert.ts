import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

/**
 * Creates a document, or brings an existing one (found by its natural key) back to the demo
 * values, so seeding twice leaves exactly one of everything.
 */
export const upsert = async <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  data: RequiredDataFromCollectionSlug<S>,
  options: { draft?: boolean } = {},
): Promise<number> => {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, draft: options.draft })
  const existing = found.docs[0] as { id: number } | undefined
  if (existing) {
    await payload.update({ collection, id: existing.id, data: data as never, depth: 0, overrideAccess: true, draft: options.draft })
    return existing.id
  }
  const created = (await payload.create({ collection, data: data as never, depth: 0, overrideAccess: true, draft: options.draft } as never)) as { id: number }
  return created.id
}
