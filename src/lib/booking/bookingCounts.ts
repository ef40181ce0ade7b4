import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { clinicsOfUser } from '@/access/clinicsOfUser'
import { roleOf, worksAcrossClinics } from '@/access/roles'

import { BOOKING_STATUSES, type BookingStatus } from './statuses'

export type StatusCounts = Record<BookingStatus, number>
export type ClinicBookingCounts = { clinic: number; name: string; counts: StatusCounts; total: number }
export type BookingCounts = { from: string; until: string; clinics: ClinicBookingCounts[] }

type MaybeUser = PayloadRequest['user'] | null | undefined

/**
 * Whose bookings a person may count: every clinic's for platform admins and brand marketing (who
 * see no booking itself), their own clinics' for owners and staff, nobody's otherwise.
 */
export const clinicsCountedFor = (user: MaybeUser): number[] | 'all' => {
  if (worksAcrossClinics(user)) return 'all'
  return roleOf(user) ? clinicsOfUser(user) : []
}

const noCounts = (): StatusCounts => Object.fromEntries(BOOKING_STATUSES.map(({ value }) => [value, 0])) as StatusCounts

/**
 * Bookings per clinic and status whose start falls in [from, until): numbers only, no names, times
 * or practitioners, so brand marketing can follow the network without seeing who booked. Counted
 * in PostgreSQL, one statement.
 */
export const countBookings = async (payload: Payload, user: MaybeUser, period: { from: Date; until: Date; clinic?: number }): Promise<BookingCounts> => {
  const allowed = clinicsCountedFor(user)
  const wanted = period.clinic === undefined ? allowed : allowed === 'all' || allowed.includes(period.clinic) ? [period.clinic] : []
  const answer: BookingCounts = { from: period.from.toISOString(), until: period.until.toISOString(), clinics: [] }
  if (wanted !== 'all' && wanted.length === 0) return answer

  const inClinics = wanted === 'all' ? sql`true` : sql`b.clinic_id IN (${sql.join(wanted.map((id) => sql`${id}`), sql`, `)})`
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute<{ clinic: number; status: BookingStatus; count: number }>(sql`
    SELECT b.clinic_id AS clinic, b.status, count(*)::int AS count FROM bookings b
    WHERE b.clinic_id IS NOT NULL AND ${inClinics} AND b.starts_at >= ${answer.from}::timestamptz AND b.starts_at < ${answer.until}::timestamptz
    GROUP BY b.clinic_id, b.status`)
  const clinics = await payload.find({
    collection: 'clinics',
    where: wanted === 'all' ? undefined : { id: { in: wanted } },
    select: { name: true },
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  answer.clinics = clinics.docs.map(({ id, name }) => {
    const counts = noCounts()
    for (const row of rows) if (row.clinic === id) counts[row.status] = row.count
    return { clinic: id, name, counts, total: Object.values(counts).reduce((sum, count) => sum + count, 0) }
  })
  return answer
}
