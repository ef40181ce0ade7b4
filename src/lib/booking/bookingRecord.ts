import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { BookingStatus } from './statuses'

/**
 * A booking as its mails and the visitor's manage page need it. A rescheduled booking is a new row
 * for the same lead, the old one cancelled (docs/decisions/0017), so the appointment the visitor
 * sees is the lead's chain of bookings: its first booking names it (the invitation's UID), its
 * place in the chain is the invitation's SEQUENCE, and a moved booking knows where it went.
 */
export type BookingRecord = {
  id: number
  clinicId: number
  leadId: number | null
  status: BookingStatus
  startsAt: number
  endsAt: number
  consultationTypeId: number
  consultationType: string
  practitionerId: number
  practitioner: string
  /** The lead's first booking: every version of this appointment carries its id. */
  firstBookingId: number
  /** How many bookings of the lead came before this one (0 for a first booking). */
  sequence: number
  /** The lead's next booking after this one, when this one was moved. */
  movedTo: { id: number; startsAt: number; status: BookingStatus } | null
}

// PostgreSQL's bigint arrives as a string.
type Row = Omit<BookingRecord, 'startsAt' | 'endsAt'> & { startsAt: string; endsAt: string }

/** One booking with its type, practitioner and place among its lead's bookings, on the primary; undefined when there is none. */
export const readBooking = async (payload: Payload, id: number): Promise<BookingRecord | undefined> => {
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute<Row>(sql`
    SELECT b.id, b.clinic_id AS "clinicId", b.lead_id AS "leadId", b.status,
      (extract(epoch FROM b.starts_at) * 1000)::bigint AS "startsAt", (extract(epoch FROM b.ends_at) * 1000)::bigint AS "endsAt",
      b.consultation_type_id AS "consultationTypeId", coalesce(t.name, 'Consultation') AS "consultationType",
      b.practitioner_id AS "practitionerId", coalesce(m.name, 'one of our practitioners') AS "practitioner",
      coalesce((SELECT min(o.id) FROM bookings o WHERE o.lead_id = b.lead_id), b.id) AS "firstBookingId",
      (SELECT count(*) FROM bookings o WHERE o.lead_id = b.lead_id AND o.id < b.id)::integer AS "sequence",
      (SELECT json_build_object('id', n.id, 'startsAt', (extract(epoch FROM n.starts_at) * 1000)::bigint, 'status', n.status) FROM bookings n
        WHERE n.lead_id = b.lead_id AND n.id > b.id ORDER BY n.id LIMIT 1) AS "movedTo"
    FROM bookings b
    LEFT JOIN consultation_types t ON t.id = b.consultation_type_id
    LEFT JOIN team_members m ON m.id = b.practitioner_id
    WHERE b.id = ${id}`)
  const row = rows[0]
  if (!row) return undefined
  return { ...row, startsAt: Number(row.startsAt), endsAt: Number(row.endsAt) }
}

/** The lead's booking that still stands (its latest, unless cancelled), for the lead's own mails. */
export const currentBookingOfLead = async (payload: Payload, leadId: number): Promise<BookingRecord | undefined> => {
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute<{ id: number }>(
    sql`SELECT id FROM bookings WHERE lead_id = ${leadId} ORDER BY id DESC LIMIT 1`,
  )
  return rows[0] ? readBooking(payload, rows[0].id) : undefined
}
