import { headers as requestHeaders } from 'next/headers'
import { executeAuthStrategies, type ServerProps } from 'payload'

import { type ClinicReviewStatistics, reviewStatisticsFor } from '@/lib/reviews/statistics'

const average = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** The panel's table: numbers only, one row per clinic the reader may count. */
export const ReviewsTable = ({ stats, reviewsHref }: { stats: ClinicReviewStatistics[]; reviewsHref: string }) => (
  <section className="stipple-leads-week" aria-labelledby="stipple-reviews-title">
    <h2 id="stipple-reviews-title">Client reviews</h2>
    <p>
      Every treated client is asked; a review is published unless withheld for a legal reason. <a href={reviewsHref}>Open the reviews</a>
    </p>
    <table>
      <thead>
        <tr>
          <th scope="col">Clinic</th>
          <th scope="col">Published</th>
          <th scope="col">Average</th>
          {(['5', '4', '3', '2', '1'] as const).map((stars) => (
            <th key={stars} scope="col">
              {stars} ★
            </th>
          ))}
          <th scope="col">Withheld</th>
        </tr>
      </thead>
      <tbody>
        {stats.map((row) => (
          <tr key={row.clinic}>
            <th scope="row">{row.name}</th>
            <td>{row.published}</td>
            <td>{row.average === null ? '—' : average.format(row.average)}</td>
            {(['5', '4', '3', '2', '1'] as const).map((stars) => (
              <td key={stars}>{row.ratings[stars]}</td>
            ))}
            <td>{row.withheld}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
)

/**
 * Dashboard panel: review numbers per clinic — every clinic for the brand, their own for owners,
 * nothing for others (`reviewStatisticsFor`, the same as /api/reviews/statistics).
 */
export const ReviewsPanel = async ({ payload }: ServerProps) => {
  // The full principal (not the read-filtered `user` prop) decides what may be counted.
  const { user } = await executeAuthStrategies({ headers: await requestHeaders(), payload, canSetHeaders: false })
  const stats = await reviewStatisticsFor(payload, user)
  if (stats.length === 0) return null
  return <ReviewsTable stats={stats} reviewsHref={`${payload.config.routes.admin}/collections/reviews`} />
}
