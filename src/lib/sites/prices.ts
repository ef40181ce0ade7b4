const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 })

/** "£1,800–£3,200", "from £900", or null when the clinic prices on consultation. */
export const priceRange = (from?: number | null, to?: number | null) => {
  if (from && to && to > from) return `${pounds.format(from)}–${pounds.format(to)}`
  if (from) return `from ${pounds.format(from)}`
  return null
}

export const AVAILABILITY_LABELS = {
  available: 'Booking now',
  waitingList: 'Waiting list',
  paused: 'Not offered at the moment',
} as const
