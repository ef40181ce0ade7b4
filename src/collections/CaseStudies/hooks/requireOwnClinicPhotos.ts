import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { idOf, type Related } from '@/lib/relationships'

type Pair = { before?: Related; after?: Related }

export const OWN_CLINIC_PHOTOS = 'Choose a photo of this case study’s clinic (upload it for that clinic first).'

/**
 * A case study's photos are its clinic's client's, and until it is published only that clinic and
 * the brand team may see them — which is the image's own clinic: so the photos must be the
 * clinic's images, never brand-wide ones or another clinic's.
 */
export const requireOwnClinicPhotos: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const clinic = idOf(data.clinic !== undefined ? data.clinic : originalDoc?.clinic)
  const pairs = (data.imagePairs ?? []) as Pair[]
  const ids = [...new Set(pairs.flatMap((pair) => [idOf(pair.before), idOf(pair.after)]))].filter((id): id is number => id !== undefined)
  if (ids.length === 0) return data
  const { docs } = await req.payload.find({ collection: 'media', where: { id: { in: ids } }, select: { clinic: true }, depth: 0, pagination: false, overrideAccess: true, req })
  const clinicOf = new Map(docs.map((image) => [image.id, idOf(image.clinic)]))
  const errors = pairs.flatMap((pair, index) =>
    (['before', 'after'] as const)
      .filter((side) => {
        const id = idOf(pair[side])
        return id !== undefined && (clinic === undefined || clinicOf.get(id) !== clinic)
      })
      .map((side) => ({ path: `imagePairs.${index}.${side}`, message: OWN_CLINIC_PHOTOS })),
  )
  if (errors.length > 0) throw new ValidationError({ errors })
  return data
}
