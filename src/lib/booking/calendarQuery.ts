import { sql } from '@payloadcms/db-postgres'

type SQL = ReturnType<typeof sql>

/*
 * One clinic's booking calendar as ONE statement (its tables as Payload's migrations made them),
 * so free times cost one round trip per request rather than four queries through Payload's find
 * (measured on the seeded London clinic: ~32 ms p50 that way, most of a request's time). The
 * booking tests read what it returns back against the seed.
 */

/** A weekly-hours array field (`days`, `opens`, `closes`) of the row `parentId`, as JSON. */
const weeklyHours = (table: string, parentId: SQL) => sql`coalesce((
  SELECT json_agg(json_build_object(
    'days', coalesce((SELECT json_agg(d.value ORDER BY d."order") FROM ${sql.identifier(`${table}_days`)} d WHERE d.parent_id = h.id), '[]'::json),
    'opens', h.opens, 'closes', h.closes) ORDER BY h._order)
  FROM ${sql.identifier(table)} h WHERE h._parent_id = ${parentId}), '[]'::json)`

/**
 * The clinic's zone and opening hours, the consultation types it offers (with its own length and
 * buffer where set), its consulting practitioners and their weeks, exceptions not yet over, and
 * the time held by bookings from `now` on. No row when there is no such clinic.
 */
export const calendarQuery = (clinicId: number, now: Date, fromDay: string) => sql`
  SELECT
    c.time_zone AS "timeZone",
    ${weeklyHours('clinics_opening_hours', sql`c.id`)} AS "clinicHours",
    coalesce((
      SELECT json_agg(json_build_object(
        'id', t.id, 'name', t.name,
        'durationMinutes', coalesce(o.duration_minutes, t.duration_minutes),
        'bufferMinutes', coalesce(o.buffer_minutes, t.buffer_minutes)) ORDER BY o._order)
      FROM clinics_consultation_types_offered o JOIN consultation_types t ON t.id = o.type_id
      WHERE o._parent_id = c.id), '[]'::json) AS "types",
    coalesce((
      SELECT json_agg(json_build_object('id', m.id, 'name', m.name, 'workingHours', ${weeklyHours('team_members_working_hours', sql`m.id`)}) ORDER BY m."order", m.id)
      FROM team_members m WHERE m.clinic_id = c.id AND m.consults), '[]'::json) AS "practitioners",
    coalesce((
      SELECT json_agg(json_build_object(
        'practitioner', e.practitioner_id, 'kind', e.kind, 'startsOn', e.starts_on,
        'endsOn', e.ends_on, 'opens', e.opens, 'closes', e.closes))
      FROM availability_exceptions e
      WHERE e.clinic_id = c.id AND coalesce(nullif(e.ends_on, ''), e.starts_on) >= ${fromDay}), '[]'::json) AS "exceptions",
    coalesce((
      SELECT json_agg(json_build_object(
        'practitioner', b.practitioner_id,
        'start', (extract(epoch FROM b.starts_at) * 1000)::bigint,
        'end', (extract(epoch FROM b.held_until) * 1000)::bigint))
      FROM bookings b
      WHERE b.clinic_id = c.id AND b.status <> 'cancelled' AND b.held_until > ${now.toISOString()}::timestamptz), '[]'::json) AS "held"
  FROM clinics c WHERE c.id = ${clinicId}`
