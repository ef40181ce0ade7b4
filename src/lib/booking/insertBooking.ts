import { sql } from '@payloadcms/db-postgres'

import type { SqlExecutor } from '@/lib/leads/storeLead'

import { reminderFrom } from './bookingJobs'
import type { BookingPlan } from './checkBooking'

const MINUTE = 60_000

/** PostgreSQL's answer when a row would break an exclusion constraint. */
const EXCLUSION_VIOLATION = '23P01'

/** Every practitioner free at the chosen time was booked by someone else first. */
export class TimeTakenError extends Error {
  override name = 'TimeTakenError'
}

const sqlStateOf = (error: unknown): string | undefined => {
  for (let cause = error as { code?: string; cause?: unknown } | undefined; cause; cause = cause.cause as typeof cause) {
    if (typeof cause.code === 'string') return cause.code
  }
  return undefined
}

/**
 * Writes the booking inside the lead's transaction, trying each free practitioner in turn. The
 * database's exclusion constraint (no overlapping held time per practitioner) is what refuses a
 * time someone else just took; each try sits behind a savepoint, so a refusal leaves the
 * transaction usable for the next practitioner. The reminder a day before is queued by the same
 * statement. Returns the booking's id.
 */
export const insertBooking = async (db: SqlExecutor, clinicId: number, leadId: number | null, plan: BookingPlan): Promise<{ id: number; practitioner: number }> => {
  const endsAt = new Date(plan.startsAt + plan.type.durationMinutes * MINUTE)
  const heldUntil = new Date(plan.startsAt + (plan.type.durationMinutes + plan.type.bufferMinutes) * MINUTE)
  for (const practitioner of plan.practitioners) {
    await db.execute(sql`SAVEPOINT booking_try`)
    try {
      const { rows } = await db.execute<{ id: number }>(sql`
        WITH booked AS (
          INSERT INTO bookings (clinic_id, consultation_type_id, practitioner_id, starts_at, ends_at, held_until, status, lead_id)
          VALUES (${clinicId}, ${plan.type.id}, ${practitioner}, ${new Date(plan.startsAt).toISOString()}, ${endsAt.toISOString()}, ${heldUntil.toISOString()}, 'booked', ${leadId})
          RETURNING id, starts_at
        ), reminder AS (${reminderFrom('booked')})
        SELECT id FROM booked`)
      await db.execute(sql`RELEASE SAVEPOINT booking_try`)
      return { id: rows[0]!.id, practitioner }
    } catch (error) {
      if (sqlStateOf(error) !== EXCLUSION_VIOLATION) throw error
      await db.execute(sql`ROLLBACK TO SAVEPOINT booking_try`)
    }
  }
  throw new TimeTakenError('Every practitioner free at that time was booked a moment ago.')
}
