import { createHash, randomUUID } from 'node:crypto'

import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { deleteStoredFiles } from '@/lib/storage/deleteStoredFiles'

import type { Attribution } from './attribution'
import { LEAD_FIELDS, LEAD_SOURCE_FIELDS } from './fields'
import type { LeadInput } from './schema'

/** A checked photo; `extension` names its real format (jpg, png, webp, avif). */
export type CleanPhoto = { data: Buffer; mimetype: string; extension: string }

/** The jobs a new lead queues (the clinic's notification, the visitor's confirmation), by slug. */
export type LeadMailJobs = { queue: string; tasks: readonly string[] }

/** A second lead sent with a form token that an earlier, different lead already used. */
export class FormAlreadyUsedError extends Error {
  override name = 'FormAlreadyUsedError'
}

export type NewLead = {
  clinicId: number
  input: LeadInput
  photos: CleanPhoto[]
  attribution: Attribution
  /** Why the spam checks filed this as spam; such a lead is kept but no mail goes out. */
  spamReason: string | null
  /** The form's own id (from its token), so a resubmission of the same form finds this lead. */
  formNonce: string | null
}

export type Stored = { id: number; duplicate: boolean }

/** Where SQL runs: the pool, or the lead's open transaction. */
export type SqlExecutor = Pick<PostgresAdapter['drizzle'], 'execute'>

/**
 * What is written with a new lead, in the lead's own transaction (a booked time): when it throws,
 * neither is stored. It is not run for a repeated submission, whose first one already wrote it.
 */
export type WrittenWithLead = (db: SqlExecutor, leadId: number) => Promise<void>

type InsertContext = { submissionKey: string; photoIds: number[]; mails: LeadMailJobs }

/** The same form sent twice with the same content gets the same key. */
export const submissionKeyOf = (lead: Pick<NewLead, 'clinicId' | 'input' | 'formNonce'>): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        lead.clinicId,
        lead.formNonce,
        lead.input.email,
        lead.input.phone.replace(/\D/g, ''),
        lead.input.name.toLowerCase(),
        lead.input.concern,
        lead.input.treatment,
      ]),
    )
    .digest('base64url')

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

/**
 * The lead, its photo links and its mail jobs as ONE statement, so PostgreSQL stores all of it or
 * none of it. It is written as SQL rather than through Payload's create (four operations, each
 * reading its row back) because intake must keep up with a campaign's peak; the form's rules
 * (`validateLead`) have already checked every value, and the leads collection has no create hooks.
 * A repeated submission (same key) or a used form token inserts nothing and returns no row.
 */
const insertLead = (lead: NewLead, { submissionKey, photoIds, mails }: InsertContext) => {
  const columns = columnsOf(lead, submissionKey)
  // Arrays go in as one parameter each (drizzle would otherwise spread them into a list).
  const tasks = lead.spamReason ? [] : [...mails.tasks]
  return sql`
    WITH lead AS (
      INSERT INTO leads (${sql.join(columns.map(([column]) => sql.identifier(column)), sql`, `)})
      VALUES (${sql.join(columns.map(([, value]) => sql`${value}`), sql`, `)})
      ON CONFLICT DO NOTHING
      RETURNING id
    ), photo_links AS (
      INSERT INTO leads_rels ("order", parent_id, path, lead_photos_id)
      SELECT photo.position, lead.id, 'photos', photo.id
      FROM lead, unnest(${sql.param(photoIds)}::integer[]) WITH ORDINALITY AS photo(id, position)
    ), mails AS (
      INSERT INTO payload_jobs (input, task_slug, queue)
      SELECT jsonb_build_object('lead', lead.id), mail.task::enum_payload_jobs_task_slug, ${mails.queue}
      FROM lead, unnest(${sql.param(tasks)}::text[]) AS mail(task)
    )
    SELECT id FROM lead`
}

const postgres = (payload: Payload) => payload.db as unknown as PostgresAdapter

/** Whether a lead was already stored with this form token (the same form again, or a replay). */
export const formNonceUsed = async (payload: Payload, nonce: string): Promise<boolean> => {
  const { rows } = await postgres(payload).drizzle.execute(sql`SELECT 1 FROM leads WHERE form_nonce = ${nonce} LIMIT 1`)
  return rows.length > 0
}

/**
 * The new lead's id, or the earlier lead's when this form was already sent with this content (a
 * double click, a retry). The same token with other content is a second lead from one form: refused.
 */
const insertOrFindLead = async (db: SqlExecutor, lead: NewLead, photoIds: number[], mails: LeadMailJobs): Promise<Stored> => {
  const submissionKey = submissionKeyOf(lead)
  const { rows } = await db.execute<{ id: number }>(insertLead(lead, { submissionKey, photoIds, mails }))
  if (rows[0]) return { id: rows[0].id, duplicate: false }
  // PostgreSQL waited for a concurrent twin to commit before skipping the insert: its lead is there.
  const { rows: twins } = await db.execute<{ id: number }>(sql`SELECT id FROM leads WHERE submission_key = ${submissionKey}`)
  if (twins[0]) return { id: twins[0].id, duplicate: true }
  throw new FormAlreadyUsedError('The form token was already used by another lead.')
}

/**
 * Stores a lead with its photos and its two mail jobs atomically: either the clinic will hear
 * about the lead, or there is no lead and the visitor is told so. A second submission of the same
 * form returns the first lead instead of making another.
 */
export const storeLead = async (payload: Payload, lead: NewLead, mails: LeadMailJobs, withLead?: WrittenWithLead): Promise<Stored> => {
  if (lead.photos.length > 0) return storeLeadWithPhotos(payload, lead, mails, withLead)
  if (!withLead) return insertOrFindLead(postgres(payload).drizzle, lead, [], mails)
  return postgres(payload).drizzle.transaction(async (transaction) => {
    const stored = await insertOrFindLead(transaction, lead, [], mails)
    if (!stored.duplicate) await withLead(transaction, stored.id)
    return stored
  })
}

/** Photos go through Payload's upload pipeline (files, sizes); the lead joins their transaction. */
const storeLeadWithPhotos = async (payload: Payload, lead: NewLead, mails: LeadMailJobs, withLead?: WrittenWithLead): Promise<Stored> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  const writtenFiles: string[] = []
  try {
    const photoIds: number[] = []
    for (const photo of lead.photos) {
      const stored = await payload.create({
        collection: 'lead-photos',
        data: { clinic: lead.clinicId },
        // A name of its own: Payload makes names unique by looking for the name among stored rows,
        // which photos of concurrent leads (not yet committed) do not see.
        file: { data: photo.data, mimetype: photo.mimetype, name: `lead-photo-${randomUUID()}.${photo.extension}`, size: photo.data.length },
        overrideAccess: true,
        depth: 0,
        req,
      })
      photoIds.push(stored.id)
      for (const file of [stored.filename, ...Object.values(stored.sizes ?? {}).map((size) => size?.filename)]) {
        if (file) writtenFiles.push(file)
      }
    }
    const db = await transactionOf(payload, req)
    const stored = await insertOrFindLead(db, lead, photoIds, mails)
    if (stored.duplicate) {
      // The earlier submission has its own photos; this one's are not needed.
      await discard(payload, req, writtenFiles)
      return stored
    }
    if (withLead) await withLead(db, stored.id)
    await commitTransaction(req)
    return stored
  } catch (error) {
    await discard(payload, req, writtenFiles)
    throw error
  }
}

const transactionOf = async (payload: Payload, req: PayloadRequest) => {
  const session = postgres(payload).sessions[String(await req.transactionID)]
  if (!session) throw new Error('The lead’s database transaction is not open.')
  return session.db
}

/** Rolls back the photo rows; their files (on disk or in the bucket) would otherwise stay, unowned. */
const discard = async (payload: Payload, req: PayloadRequest, files: string[]) => {
  await killTransaction(req).catch(() => undefined)
  await deleteStoredFiles(payload, 'lead-photos', files)
}
