import { stageOrder, type StageValue } from './stages'

/** What a clinic charges for one stage of one treatment: a range (or one figure) and the sessions it usually takes. */
export type StagePrice = { stage: StageValue; priceFrom: number; priceTo?: number | null; sessions: number }

export type PriceRange = { from: number; to: number }

/**
 * The range a treatment may be advertised with, from the stage prices the clinic actually set:
 * "from" is the lowest of its real prices and "to" the highest, so no "from" figure can be lower
 * than something a client could in fact be charged (UK advertising rules: a "from" price must be
 * available to a significant number of clients, not a teaser). No stage prices → no derived range.
 */
export const rangeOfStagePrices = (prices: readonly StagePrice[]): PriceRange | undefined => {
  if (prices.length === 0) return undefined
  const from = Math.min(...prices.map((price) => price.priceFrom))
  const to = Math.max(...prices.map((price) => price.priceTo ?? price.priceFrom))
  return { from, to }
}

type Offer = { priceFrom?: number | null; priceTo?: number | null; stagePrices?: readonly StagePrice[] | null }

/**
 * The offer's advertised figures: derived from its stage prices where it has any (whatever was typed
 * into "price from/to"), else the clinic's own from/to as entered.
 */
export const advertisedPrices = <T extends Offer>(offer: T): { priceFrom: number | null; priceTo: number | null } => {
  const derived = rangeOfStagePrices(offer.stagePrices ?? [])
  if (derived) return { priceFrom: derived.from, priceTo: derived.to }
  return { priceFrom: offer.priceFrom ?? null, priceTo: offer.priceTo ?? null }
}

/** Stage prices from least to most hair loss, as a price table shows them. */
export const byStage = <T extends { stage: string }>(prices: readonly T[]): T[] => [...prices].sort((a, b) => stageOrder(a.stage) - stageOrder(b.stage))

/**
 * The lowest figure the brand may say "from" for a treatment across its clinics: the lowest that a
 * clinic offering it actually advertises. A brand guide price below every clinic's is not offered anywhere.
 */
export const lowestAcrossClinics = (fromPrices: readonly (number | null | undefined)[]): number | undefined => {
  const real = fromPrices.filter((price): price is number => typeof price === 'number')
  return real.length > 0 ? Math.min(...real) : undefined
}
