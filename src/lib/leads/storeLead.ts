import 'server-only'

import { createHash, randomUUID } from 'node:crypto'

import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { deleteStoredFiles } from '@/lib/storage/deleteStoredFiles'
import { putStoredFiles } from '@/lib/storage/putStoredFiles'

import { insertLead, type LeadMailJobs, type NewLead, type PhotoRow } from './leadStatement'

export type { LeadMailJobs, NewLead } from './leadStatement'

/** A second lead sent with a form token that an earlier, different lead already used. */
export class FormAlreadyUsedError extends Error {
  override name = 'FormAlreadyUsedError'
}

export type Stored = { id: number; duplicate: boolean }

/** Where SQL runs: the pool, or the lead's open transaction. */
export type SqlExecutor = Pick<PostgresAdapter['drizzle'], 'execute'>

/**
 * What is written with a new lead, in the lead's own transaction (a booked time): when it throws,
 * neither is stored. It is not run for a repeated submission, whose first one already wrote it.
 */
export type WrittenWithLead = (db: SqlExecutor, leadId: number) => Promise<void>

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

const postgres = (payload: Payload) => payload.db as unknown as PostgresAdapter

/**
 * Random names: Payload makes a name unique by looking for it among stored rows, which photos
 * of concurrent leads (not yet committed) would not see. The preview is named as Payload names
 * an image size, so the admin and the file route find it.
 */
const photoRowsOf = (payload: Payload, lead: NewLead): PhotoRow[] => {
  const fileRoute = `${payload.config.routes.api}/lead-photos/file/`
  return lead.photos.map((photo) => {
    const name = `lead-photo-${randomUUID()}`
    const thumbnail = photo.thumbnail
    return {
      photo,
      filename: `${name}.${photo.extension}`,
      thumbnailFilename: thumbnail ? `${name}-${thumbnail.width}x${thumbnail.height}.${photo.extension}` : null,
      urlOf: (filename) => `${fileRoute}${filename}`,
    }
  })
}

const filesOf = (rows: PhotoRow[]) =>
  rows.flatMap(({ photo, filename, thumbnailFilename }) => [
    { filename, data: photo.original.data, mimetype: photo.mimetype },
    ...(thumbnailFilename && photo.thumbnail ? [{ filename: thumbnailFilename, data: photo.thumbnail.data, mimetype: photo.mimetype }] : []),
  ])

/**
 * The new lead's id, or the earlier lead's when this form was already sent with this content (a
 * double click, a retry). The same token with other content is a second lead from one form: refused.
 */
const insertOrFindLead = async (db: SqlExecutor, lead: NewLead, photos: PhotoRow[], mails: LeadMailJobs): Promise<Stored> => {
  const submissionKey = submissionKeyOf(lead)
  const { rows } = await db.execute<{ id: number }>(insertLead(lead, { submissionKey, photos, mails }))
  if (rows[0]) return { id: rows[0].id, duplicate: false }
  // PostgreSQL waited for a concurrent twin to commit before skipping the insert: its lead is there.
  const { rows: twins } = await db.execute<{ id: number }>(sql`SELECT id FROM leads WHERE submission_key = ${submissionKey}`)
  if (twins[0]) return { id: twins[0].id, duplicate: true }
  throw new FormAlreadyUsedError('The form token was already used by another lead.')
}

/** Whether a lead was already stored with this form token (the same form again, or a replay). */
export const formNonceUsed = async (payload: Payload, nonce: string): Promise<boolean> => {
  const { rows } = await postgres(payload).drizzle.execute(sql`SELECT 1 FROM leads WHERE form_nonce = ${nonce} LIMIT 1`)
  return rows.length > 0
}

/** The lead's statement alone, or with what is written with it in one transaction. */
const insertWith = (payload: Payload, lead: NewLead, photos: PhotoRow[], mails: LeadMailJobs, withLead?: WrittenWithLead): Promise<Stored> => {
  const db = postgres(payload).drizzle
  if (!withLead) return insertOrFindLead(db, lead, photos, mails)
  return db.transaction(async (transaction) => {
    const stored = await insertOrFindLead(transaction, lead, photos, mails)
    if (!stored.duplicate) await withLead(transaction, stored.id)
    return stored
  })
}

/**
 * Stores a lead with its photos and its two mail jobs atomically (and `withLead`, e.g. a booked
 * time, in the same transaction): either the clinic will hear about the lead, or there is no lead
 * and the visitor is told so. Photo files are stored first and removed again when their rows are
 * not (an error, or a second submission of the same form, which returns the first lead instead of
 * making another).
 */
export const storeLead = async (payload: Payload, lead: NewLead, mails: LeadMailJobs, withLead?: WrittenWithLead): Promise<Stored> => {
  const photos = photoRowsOf(payload, lead)
  const files = filesOf(photos)
  const discardFiles = () => deleteStoredFiles(payload, 'lead-photos', files.map((file) => file.filename))
  try {
    if (files.length > 0) await putStoredFiles(payload, 'lead-photos', files)
    const stored = await insertWith(payload, lead, photos, mails, withLead)
    if (stored.duplicate && files.length > 0) await discardFiles()
    return stored
  } catch (error) {
    if (files.length > 0) await discardFiles()
    throw error
  }
}
