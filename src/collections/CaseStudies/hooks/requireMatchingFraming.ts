import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { idOf, type Related } from '@/lib/relationships'

type Pair = { before?: Related; after?: Related }
type Sized = { width?: number | null; height?: number | null }

/** A before/after comparison only means something when both photos share the same framing. */
export const requireMatchingFraming: CollectionBeforeChangeHook = async ({ data, req }) => {
  const pairs = (data.imagePairs ?? []) as Pair[]
  const errors: { path: string; message: string }[] = []
  for (const [index, pair] of pairs.entries()) {
    const [beforeId, afterId] = [idOf(pair.before), idOf(pair.after)]
    if (beforeId === undefined || afterId === undefined) continue
    const load = (id: number) =>
      req.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true, req }) as Promise<Sized>
    const [before, after] = await Promise.all([load(beforeId), load(afterId)])
    if (!before.width || !before.height || !after.width || !after.height) continue
    const ratio = before.width / before.height / (after.width / after.height)
    if (Math.abs(ratio - 1) > 0.02) {
      errors.push({
        path: `imagePairs.${index}.after`,
        message: `Pair ${index + 1}: before (${before.width}×${before.height}) and after (${after.width}×${after.height}) must have the same framing.`,
      })
    }
  }
  if (errors.length > 0) throw new ValidationError({ errors })
  return data
}
