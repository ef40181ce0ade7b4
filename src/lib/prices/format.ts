import type { Currency } from '@/lib/locale/countries'

import { advertisedPrices } from './advertised'

// Whole amounts: clinics price in round figures, and "£1,800.00" reads like a till receipt.
const formats = new Map<Currency, Intl.NumberFormat>()
const money = (amount: number, currency: Currency) => {
  let format = formats.get(currency)
  if (!format) formats.set(currency, (format = new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 })))
  return format.format(amount)
}

/** "£1,800–£3,200", "from €900", or null when the clinic prices on consultation; in the clinic's currency. */
export const priceRange = (from: number | null | undefined, to: number | null | undefined, currency: Currency) => {
  if (from && to && to > from) return `${money(from, currency)}–${money(to, currency)}`
  if (from) return `from ${money(from, currency)}`
  return null
}

/** What an offer is advertised at on the site: its stage prices' range where it has any. */
export const advertisedRange = (offer: Parameters<typeof advertisedPrices>[0], currency: Currency) => {
  const { priceFrom, priceTo } = advertisedPrices(offer)
  return priceRange(priceFrom, priceTo, currency)
}

/** One stage's price: "£1,400–£1,900", or "£900" when it is one fixed figure. */
export const stagePriceLabel = (from: number, to: number | null | undefined, currency: Currency) =>
  to != null && to > from ? `${money(from, currency)}–${money(to, currency)}` : money(from, currency)

export const AVAILABILITY_LABELS = {
  available: 'Booking now',
  waitingList: 'Waiting list',
  paused: 'Not offered at the moment',
} as const
