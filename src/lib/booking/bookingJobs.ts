import { sql } from '@payloadcms/db-postgres'

import { MAIL_QUEUE } from '@/lib/mailQueue'

/*
 * The booking's mail jobs, queued in SQL inside the statement or transaction that changes the
 * booking, so a booking never exists without its mails or its mails without it. Inputs are ids
 * and what happened, never a person's details (src/jobs/index.ts).
 */

/** The task slugs, as src/jobs/bookingMails.ts registers them. */
export const BOOKING_TASKS = {
  reminder: 'remindVisitorOfBooking',
  visitorChange: 'mailBookingChangeToVisitor',
  clinicChange: 'notifyClinicOfBookingChange',
} as const

/** A day before: the reminder's time. A booking made within that day gets none. */
export const REMINDER_BEFORE_MS = 24 * 60 * 60_000

/**
 * The reminder of the booking `booked` (a CTE with `id` and `starts_at`), waiting until a day
 * before it starts; nothing when it starts within a day.
 */
export const reminderFrom = (booked: string) => sql`
  INSERT INTO payload_jobs (input, task_slug, queue, wait_until)
  SELECT jsonb_build_object('booking', b.id), ${BOOKING_TASKS.reminder}::enum_payload_jobs_task_slug, ${MAIL_QUEUE}, b.starts_at - ${`${REMINDER_BEFORE_MS} milliseconds`}::interval
  FROM ${sql.identifier(booked)} b
  WHERE b.starts_at - ${`${REMINDER_BEFORE_MS} milliseconds`}::interval > now()`

export type BookingChange = 'rescheduled' | 'cancelled'

/** The visitor's mail and the clinic's notice about a change to a booking (the new one, when moved; `previous` the old). */
export const changeMails = (booking: number, change: BookingChange, previous?: number) => {
  const input = sql`jsonb_strip_nulls(jsonb_build_object('booking', ${booking}::integer, 'change', ${change}::text, 'previous', ${previous ?? null}::integer))`
  return sql`
  INSERT INTO payload_jobs (input, task_slug, queue)
  SELECT ${input}, task::enum_payload_jobs_task_slug, ${MAIL_QUEUE}
  FROM unnest(${sql.param([BOOKING_TASKS.visitorChange, BOOKING_TASKS.clinicChange])}::text[]) AS mail(task)`
}
