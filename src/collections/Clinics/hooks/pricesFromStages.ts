import type { CollectionBeforeChangeHook } from 'payload'

import { advertisedPrices, type StagePrice } from '@/lib/prices/advertised'
import { idOf, type Related } from '@/lib/relationships'
import type { Treatment } from '@/payload-types'

type OfferRow = { id?: string | null; treatment?: Related; priceFrom?: number | null; priceTo?: number | null; stagePrices?: StagePrice[] | null }

const proposalOf = async (req: Parameters<CollectionBeforeChangeHook>[0]['req'], treatment: number): Promise<StagePrice[]> => {
  const found = (await req.payload.findByID({ collection: 'treatments', id: treatment, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })) as Treatment | null
  return (found?.stagePriceProposals ?? []).map(({ stage, priceFrom, priceTo, sessions }) => ({ stage, priceFrom, priceTo, sessions }))
}

/**
 * A clinic's "from/to" prices follow its stage prices, so what the cards, the treatment page and the
 * JSON-LD advertise is always something the clinic really charges (src/lib/prices/advertised.ts).
 * A treatment the clinic adds starts from the brand's proposed stage prices, which the owner then
 * makes their own; emptying the table later is respected (only a new row is filled in).
 */
export const pricesFromStages: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const rows = data.treatmentsOffered as OfferRow[] | undefined
  if (!rows) return data
  const existing = new Set(((originalDoc?.treatmentsOffered ?? []) as OfferRow[]).map((row) => row.id))
  for (const row of rows) {
    const treatment = idOf(row.treatment)
    const isNew = !row.id || !existing.has(row.id)
    if (isNew && (row.stagePrices ?? []).length === 0 && treatment !== undefined) row.stagePrices = await proposalOf(req, treatment)
    Object.assign(row, advertisedPrices(row))
  }
  return data
}
