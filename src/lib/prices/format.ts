import { advertisedPrices } from './advertised'

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 })

/** "£1,800–£3,200", "from £900", or null when the clinic prices on consultation. */
export const priceRange = (from?: number | null, to?: number | null) => {
  if (from && to && to > from) return `${pounds.format(from)}–${pounds.format(to)}`
  if (from) return `from ${pounds.format(from)}`
  return null
}

/** What an offer is advertised at on the site: its stage prices' range where it has any. */
export const advertisedRange = (offer: Parameters<typeof advertisedPrices>[0]) => {
  const { priceFrom, priceTo } = advertisedPrices(offer)
  return priceRange(priceFrom, priceTo)
}

/** One stage's price: "£1,400–£1,900", or "£900" when it is one fixed figure. */
export const stagePriceLabel = (from: number, to?: number | null) => (to != null && to > from ? `${pounds.format(from)}–${pounds.format(to)}` : pounds.format(from))

export const AVAILABILITY_LABELS = {
  available: 'Booking now',
  waitingList: 'Waiting list',
  paused: 'Not offered at the moment',
} as const
