import 'server-only'

import { sql } from '@payloadcms/db-postgres'

import type { Attribution } from './attribution'
import { LEAD_FIELDS, LEAD_SOURCE_FIELDS } from './fields'
import type { LeadPhoto } from './photos'
import type { LeadInput } from './schema'

/** The jobs a new lead queues (the clinic's notification, the visitor's confirmation), by slug. */
export type LeadMailJobs = { queue: string; tasks: readonly string[] }

export type NewLead = {
  clinicId: number
  input: LeadInput
  photos: LeadPhoto[]
  attribution: Attribution
  /** Why the spam checks filed this as spam; such a lead is kept but no mail goes out. */
  spamReason: string | null
  /** The form's own id (from its token), so a resubmission of the same form finds this lead. */
  formNonce: string | null
}

/** A photo's stored files by name, and the address Payload's file route serves them at. */
export type PhotoRow = { photo: LeadPhoto; filename: string; thumbnailFilename: string | null; urlOf: (filename: string) => string }

/** The row's columns and values, from the lead's field table (fields.ts) and what the intake adds. */
const columnsOf = (lead: NewLead, submissionKey: string) => {
  const entered = Object.entries(LEAD_FIELDS).map(([field, { column }]) => {
    const value = lead.input[field as keyof LeadInput]
    // An empty concern is no concern: NULL, as the admin leaves it.
    return [column, value === '' ? null : value] as const
  })
  const source = Object.entries(LEAD_SOURCE_FIELDS).map(([field, { column }]) => [column, lead.attribution[field as keyof Attribution]] as const)
  return [
    ['clinic_id', lead.clinicId],
    ...entered,
    ['status', lead.spamReason ? 'spam' : 'new'],
    ['spam_reason', lead.spamReason],
    ['submission_key', submissionKey],
    ['form_nonce', lead.formNonce],
    ...source,
  ] as const
}

// Arrays go in as one parameter each (drizzle would otherwise spread them into a list).
const list = (values: (string | number | null)[], type: 'text' | 'numeric') => sql`${sql.param(values)}::${sql.raw(type)}[]`

/** The photo rows' values, one array per column, in the photos' order. */
const photoColumns = (photos: PhotoRow[]) => {
  const thumbnail = (row: PhotoRow) => (row.thumbnailFilename ? row.photo.thumbnail : null)
  return sql.join(
    [
      list(photos.map((row) => row.filename), 'text'),
      list(photos.map((row) => row.urlOf(row.filename)), 'text'),
      list(photos.map((row) => row.photo.mimetype), 'text'),
      list(photos.map((row) => row.photo.original.data.length), 'numeric'),
      list(photos.map((row) => row.photo.original.width), 'numeric'),
      list(photos.map((row) => row.photo.original.height), 'numeric'),
      list(photos.map((row) => row.thumbnailFilename), 'text'),
      list(photos.map((row) => (row.thumbnailFilename ? row.urlOf(row.thumbnailFilename) : null)), 'text'),
      list(photos.map((row) => thumbnail(row)?.data.length ?? null), 'numeric'),
      list(photos.map((row) => thumbnail(row)?.width ?? null), 'numeric'),
      list(photos.map((row) => thumbnail(row)?.height ?? null), 'numeric'),
      list(photos.map((row) => row.photo.view), 'text'),
    ],
    sql`, `,
  )
}

/**
 * The lead, its photos' rows and links, and its mail jobs as ONE statement, so PostgreSQL stores
 * all of it or none of it. It is written as SQL rather than through Payload's create (an operation
 * per row, each reading its row back; for photos, a second decode for the preview) because intake
 * must keep up with a campaign's peak; the form's rules (`validateLead`) and the photo checks have
 * already run, and neither collection has create hooks. A repeated submission (same key) or a
 * used form token inserts nothing — no photo rows either — and returns no row.
 */
export const insertLead = (lead: NewLead, { submissionKey, photos, mails }: { submissionKey: string; photos: PhotoRow[]; mails: LeadMailJobs }) => {
  const columns = columnsOf(lead, submissionKey)
  const tasks = lead.spamReason ? [] : [...mails.tasks]
  const photoStatements =
    photos.length === 0
      ? sql``
      : sql`, photo AS MATERIALIZED (
      SELECT nextval(pg_get_serial_sequence('lead_photos', 'id'))::integer AS id, p.*
      FROM lead, unnest(${photoColumns(photos)}) WITH ORDINALITY
        AS p(filename, url, mime_type, filesize, width, height, thumb_filename, thumb_url, thumb_filesize, thumb_width, thumb_height, view, position)
    ), photo_rows AS (
      INSERT INTO lead_photos (id, clinic_id, filename, url, mime_type, filesize, width, height, focal_x, focal_y,
        sizes_thumbnail_filename, sizes_thumbnail_url, sizes_thumbnail_mime_type, sizes_thumbnail_filesize, sizes_thumbnail_width, sizes_thumbnail_height, view)
      SELECT id, ${lead.clinicId}, filename, url, mime_type, filesize, width, height, 50, 50,
        thumb_filename, thumb_url, CASE WHEN thumb_filename IS NULL THEN NULL ELSE mime_type END, thumb_filesize, thumb_width, thumb_height,
        view::enum_lead_photos_view
      FROM photo
    ), photo_links AS (
      INSERT INTO leads_rels ("order", parent_id, path, lead_photos_id)
      SELECT photo.position, lead.id, 'photos', photo.id FROM lead, photo
    )`
  return sql`
    WITH lead AS (
      INSERT INTO leads (${sql.join(columns.map(([column]) => sql.identifier(column)), sql`, `)})
      VALUES (${sql.join(columns.map(([, value]) => sql`${value}`), sql`, `)})
      ON CONFLICT DO NOTHING
      RETURNING id
    )${photoStatements}, mails AS (
      INSERT INTO payload_jobs (input, task_slug, queue)
      SELECT jsonb_build_object('lead', lead.id), mail.task::enum_payload_jobs_task_slug, ${mails.queue}
      FROM lead, unnest(${sql.param(tasks)}::text[]) AS mail(task)
    )
    SELECT id FROM lead`
}
