/** What a clinic's site says about its reviews as a whole: how many, and their average to one decimal. */
export const reviewSummary = (reviews: { rating: number }[]): { count: number; average: number | null } => {
  if (reviews.length === 0) return { count: 0, average: null }
  const total = reviews.reduce((sum, review) => sum + review.rating, 0)
  return { count: reviews.length, average: Math.round((total / reviews.length) * 10) / 10 }
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "12 November 2026": the day a review or reply was written. */
export const reviewDate = (iso: string) => DAY.format(new Date(iso))
