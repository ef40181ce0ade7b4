import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { FreeTime } from './availability'
import { changeMails } from './bookingJobs'
import type { BookingRecord } from './bookingRecord'
import { checkBooking, nearestTo } from './checkBooking'
import { type ClinicCalendar, readClinicCalendar } from './clinicCalendar'
import { insertBooking, TimeTakenError } from './insertBooking'

/*
 * The visitor's own changes to a booking, through the signed link: cancel it, or move it to another
 * free time of the same type. A move is a new booking for the same lead with the old one cancelled,
 * both in one transaction (docs/decisions/0017), so the old time is given up exactly when the new one
 * is held and never otherwise.
 */

const database = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle

/**
 * Cancels the booking that a link names, if it is still what the link names (booked, for that time,
 * not yet begun), and queues the visitor's and the clinic's mails, in one statement. False when it
 * no longer is: cancelled or moved already, perhaps by a second click.
 */
export const cancelBooking = async (payload: Payload, booking: Pick<BookingRecord, 'id' | 'clinicId' | 'startsAt'>): Promise<boolean> => {
  const { rows } = await database(payload).execute<{ id: number }>(sql`
    WITH cancelled AS (
      UPDATE bookings SET status = 'cancelled', updated_at = now()
      WHERE id = ${booking.id} AND clinic_id = ${booking.clinicId} AND status = 'booked'
        AND starts_at = ${new Date(booking.startsAt).toISOString()}::timestamptz AND starts_at > now()
      RETURNING id
    ), mails AS (${changeMails(booking.id, 'cancelled')} WHERE EXISTS (SELECT 1 FROM cancelled))
    SELECT id FROM cancelled`)
  return rows.length > 0
}

/** The calendar without the time this booking holds: the visitor may move it onto its own buffer, or a quarter of an hour on. */
export const calendarWithout = (calendar: ClinicCalendar, booking: Pick<BookingRecord, 'practitionerId' | 'startsAt'>): ClinicCalendar => ({
  ...calendar,
  held: calendar.held.filter((time) => !(time.practitioner === booking.practitionerId && time.start === booking.startsAt)),
})

export type Rescheduled =
  | { ok: true; booking: number; startsAt: number }
  | { ok: false; kind: 'invalid'; message: string }
  | { ok: false; kind: 'taken'; nearest: FreeTime[]; calendar: ClinicCalendar }
  | { ok: false; kind: 'gone' }

/** Thrown inside the move's transaction when the old booking is no longer there to give up. */
class BookingGoneError extends Error {
  override name = 'BookingGoneError'
}

/**
 * Moves a booking to `startsAt` (same type, any practitioner free then). The time is checked against
 * the calendar read now; PostgreSQL decides between visitors who choose it at the same moment.
 */
export const rescheduleBooking = async (payload: Payload, booking: BookingRecord, startsAt: number, now: number): Promise<Rescheduled> => {
  const read = await readClinicCalendar(payload, booking.clinicId, now)
  if (!read) return { ok: false, kind: 'gone' }
  const calendar = calendarWithout(read, booking)
  const choice = { consultationType: booking.consultationTypeId, practitioner: 'any' as const, startsAt }
  if (startsAt === booking.startsAt) return { ok: false, kind: 'invalid', message: 'That is the time you have already. Choose another time, or keep this one.' }
  const checked = checkBooking(calendar, choice, now)
  if (!checked.ok) {
    return checked.refusal.kind === 'taken'
      ? { ok: false, kind: 'taken', nearest: checked.refusal.nearest, calendar }
      : { ok: false, kind: 'invalid', message: Object.values(checked.refusal.errors)[0] ?? 'That time cannot be booked. Choose one of the times shown.' }
  }
  try {
    const moved = await database(payload).transaction(async (transaction) => {
      const { rows } = await transaction.execute<{ leadId: number | null }>(sql`
        UPDATE bookings SET status = 'cancelled', updated_at = now()
        WHERE id = ${booking.id} AND clinic_id = ${booking.clinicId} AND status = 'booked'
          AND starts_at = ${new Date(booking.startsAt).toISOString()}::timestamptz AND starts_at > now()
        RETURNING lead_id AS "leadId"`)
      if (rows.length === 0) throw new BookingGoneError('The booking was cancelled or moved a moment ago.')
      const { id } = await insertBooking(transaction, booking.clinicId, rows[0]!.leadId, checked.plan)
      await transaction.execute(changeMails(id, 'rescheduled', booking.id))
      return id
    })
    return { ok: true, booking: moved, startsAt }
  } catch (error) {
    if (error instanceof BookingGoneError) return { ok: false, kind: 'gone' }
    if (!(error instanceof TimeTakenError)) throw error
    // Read again: the time that was just taken no longer counts as free.
    const fresh = await readClinicCalendar(payload, booking.clinicId, Date.now())
    const again = fresh ? calendarWithout(fresh, booking) : calendar
    const type = again.types.find((offered) => offered.id === booking.consultationTypeId) ?? checked.plan.type
    return { ok: false, kind: 'taken', nearest: nearestTo(again, type, choice, Date.now()), calendar: again }
  }
}
