import { createHash } from 'node:crypto'

import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { MAIL_QUEUE } from '@/jobs'
import { confirmLeadToVisitorTask, notifyClinicOfLeadTask } from '@/jobs/leadMails'
import { deleteStoredFiles } from '@/lib/storage/deleteStoredFiles'

import type { Attribution } from './attribution'
import type { LeadInput } from './schema'

export type CleanPhoto = { data: Buffer; mimetype: string; name: string }

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

const LEAD_MAILS = [notifyClinicOfLeadTask.slug, confirmLeadToVisitorTask.slug]

/**
 * The lead, its photo links and its mail jobs as ONE statement, so PostgreSQL stores all of it or
 * none of it. It is written as SQL rather than through Payload's create (four operations, each
 * reading its row back) because intake must keep up with a campaign's peak; the form's rules
 * (`validateLead`) have already checked every value, and the leads collection has no create hooks.
 * A repeated submission (same key) inserts nothing and returns no row.
 */
const insertLead = (lead: NewLead, submissionKey: string, photoIds: number[]) => {
  const { input, attribution: source } = lead
  // Arrays go in as one parameter each (drizzle would otherwise spread them into a list).
  const mails = lead.spamReason ? [] : LEAD_MAILS
  return sql`
    WITH lead AS (
      INSERT INTO leads (
        clinic_id, name, email, phone, preferred_contact, preferred_time, treatment_of_interest_id, concern,
        privacy_consent, marketing_opt_in, status, spam_reason, submission_key,
        source_landing_page, source_referrer, source_utm_source, source_utm_medium, source_utm_campaign, source_utm_term, source_utm_content
      ) VALUES (
        ${lead.clinicId}, ${input.name}, ${input.email}, ${input.phone}, ${input.preferredContact}, ${input.preferredTime},
        ${input.treatment}, ${input.concern || null}, ${input.privacyConsent}, ${input.marketingOptIn},
        ${lead.spamReason ? 'spam' : 'new'}, ${lead.spamReason}, ${submissionKey},
        ${source.landingPage}, ${source.referrer}, ${source.utmSource}, ${source.utmMedium},
        ${source.utmCampaign}, ${source.utmTerm}, ${source.utmContent}
      )
      ON CONFLICT (submission_key) DO NOTHING
      RETURNING id
    ), photo_links AS (
      INSERT INTO leads_rels ("order", parent_id, path, lead_photos_id)
      SELECT photo.position, lead.id, 'photos', photo.id
      FROM lead, unnest(${sql.param(photoIds)}::integer[]) WITH ORDINALITY AS photo(id, position)
    ), mails AS (
      INSERT INTO payload_jobs (input, task_slug, queue)
      SELECT jsonb_build_object('lead', lead.id), mail.task::enum_payload_jobs_task_slug, ${MAIL_QUEUE}
      FROM lead, unnest(${sql.param(mails)}::text[]) AS mail(task)
    )
    SELECT id FROM lead`
}

const postgres = (payload: Payload) => payload.db as unknown as PostgresAdapter

const findBySubmissionKey = async (payload: Payload, submissionKey: string) => {
  const { rows } = await postgres(payload).drizzle.execute<{ id: number }>(sql`SELECT id FROM leads WHERE submission_key = ${submissionKey}`)
  return rows[0]?.id
}

/** The new lead's id, or the earlier lead's when this form was already sent (a double click, a retry). */
const insertOrFindLead = async (db: Pick<PostgresAdapter['drizzle'], 'execute'>, payload: Payload, lead: NewLead, photoIds: number[]): Promise<Stored> => {
  const submissionKey = submissionKeyOf(lead)
  const { rows } = await db.execute<{ id: number }>(insertLead(lead, submissionKey, photoIds))
  if (rows[0]) return { id: rows[0].id, duplicate: false }
  // PostgreSQL waited for a concurrent twin to commit before skipping the insert: its lead is there.
  const twin = await findBySubmissionKey(payload, submissionKey)
  if (twin === undefined) throw new Error('A lead with this submission key was neither stored nor found.')
  return { id: twin, duplicate: true }
}

/**
 * Stores a lead with its photos and its two mail jobs atomically: either the clinic will hear
 * about the lead, or there is no lead and the visitor is told so. A second submission of the same
 * form returns the first lead instead of making another.
 */
export const storeLead = async (payload: Payload, lead: NewLead): Promise<Stored> => {
  if (lead.photos.length === 0) return insertOrFindLead(postgres(payload).drizzle, payload, lead, [])
  return storeLeadWithPhotos(payload, lead)
}

/** Photos go through Payload's upload pipeline (files, sizes); the lead joins their transaction. */
const storeLeadWithPhotos = async (payload: Payload, lead: NewLead): Promise<Stored> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  const writtenFiles: string[] = []
  try {
    const photoIds: number[] = []
    for (const photo of lead.photos) {
      const stored = await payload.create({
        collection: 'lead-photos',
        data: { clinic: lead.clinicId },
        file: { ...photo, size: photo.data.length },
        overrideAccess: true,
        depth: 0,
        req,
      })
      photoIds.push(stored.id)
      for (const file of [stored.filename, ...Object.values(stored.sizes ?? {}).map((size) => size?.filename)]) {
        if (file) writtenFiles.push(file)
      }
    }
    const stored = await insertOrFindLead(await transactionOf(payload, req), payload, lead, photoIds)
    if (stored.duplicate) {
      // The earlier submission has its own photos; this one's are not needed.
      await discard(payload, req, writtenFiles)
      return stored
    }
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
