import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { clinicsOfUser } from '@/access/clinicsOfUser'
import { isFranchiseOwner, worksAcrossClinics } from '@/access/roles'

export type RatingCounts = Record<'1' | '2' | '3' | '4' | '5', number>
export type ClinicReviewStatistics = { clinic: number; name: string; published: number; average: number | null; ratings: RatingCounts; withheld: number }

type MaybeUser = PayloadRequest['user'] | null | undefined

/** Whose reviews a person may count: every clinic's for the brand, their own clinics' for owners, none otherwise. */
export const clinicsReviewedFor = (user: MaybeUser): number[] | 'all' => {
  if (worksAcrossClinics(user)) return 'all'
  return isFranchiseOwner(user) ? clinicsOfUser(user) : []
}

/**
 * Per clinic: published reviews, their average and how many of each rating (what the site shows),
 * and how many are withheld — numbers only, counted in PostgreSQL in one statement.
 */
export const reviewStatisticsFor = async (payload: Payload, user: MaybeUser): Promise<ClinicReviewStatistics[]> => {
  const wanted = clinicsReviewedFor(user)
  if (wanted !== 'all' && wanted.length === 0) return []
  const inClinics = wanted === 'all' ? sql`true` : sql`c.id IN (${sql.join(wanted.map((id) => sql`${id}`), sql`, `)})`
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute<{ clinic: number; name: string; published: number; average: string | null; withheld: number } & Record<`r${1 | 2 | 3 | 4 | 5}`, number>>(sql`
    SELECT c.id AS clinic, c.name,
      count(r.id) FILTER (WHERE r.status = 'published')::int AS published,
      round(avg(r.rating) FILTER (WHERE r.status = 'published'), 2)::text AS average,
      count(r.id) FILTER (WHERE r.status = 'withheld')::int AS withheld,
      count(r.id) FILTER (WHERE r.status = 'published' AND r.rating = 1)::int AS r1,
      count(r.id) FILTER (WHERE r.status = 'published' AND r.rating = 2)::int AS r2,
      count(r.id) FILTER (WHERE r.status = 'published' AND r.rating = 3)::int AS r3,
      count(r.id) FILTER (WHERE r.status = 'published' AND r.rating = 4)::int AS r4,
      count(r.id) FILTER (WHERE r.status = 'published' AND r.rating = 5)::int AS r5
    FROM clinics c LEFT JOIN reviews r ON r.clinic_id = c.id
    WHERE ${inClinics}
    GROUP BY c.id, c.name ORDER BY c.name`)
  return rows.map((row) => ({
    clinic: row.clinic,
    name: row.name,
    published: row.published,
    average: row.average === null ? null : Number(row.average),
    ratings: { '1': row.r1, '2': row.r2, '3': row.r3, '4': row.r4, '5': row.r5 },
    withheld: row.withheld,
  }))
}
