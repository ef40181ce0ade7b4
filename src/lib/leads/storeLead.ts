import { createHash } from 'node:crypto'
import { unlink } from 'node:fs/promises'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, ValidationError } from 'payload'

import { MAIL_QUEUE } from '@/jobs'

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

const findBySubmissionKey = async (payload: Payload, submissionKey: string) => {
  const { docs } = await payload.find({
    collection: 'leads',
    where: { submissionKey: { equals: submissionKey } },
    select: {},
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.id
}

const isDuplicateKey = (error: unknown) =>
  error instanceof ValidationError && error.data.errors.some((issue) => issue.path === 'submissionKey')

/**
 * Stores a lead, its photos and its two mail jobs in ONE transaction: either the clinic will hear
 * about the lead, or there is no lead and the visitor is told so. A second submission of the same
 * form returns the first lead instead of making another.
 */
export const storeLead = async (payload: Payload, lead: NewLead): Promise<Stored> => {
  const submissionKey = submissionKeyOf(lead)
  const existing = await findBySubmissionKey(payload, submissionKey)
  if (existing !== undefined) return { id: existing, duplicate: true }

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
    const { input } = lead
    const created = await payload.create({
      collection: 'leads',
      data: {
        clinic: lead.clinicId,
        name: input.name,
        email: input.email,
        phone: input.phone,
        preferredContact: input.preferredContact,
        preferredTime: input.preferredTime,
        treatmentOfInterest: input.treatment,
        concern: input.concern || null,
        photos: photoIds,
        privacyConsent: input.privacyConsent,
        marketingOptIn: input.marketingOptIn,
        status: lead.spamReason ? 'spam' : 'new',
        spamReason: lead.spamReason,
        source: lead.attribution,
        submissionKey,
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    if (!lead.spamReason) {
      await payload.jobs.queue({ task: 'notifyClinicOfLead', input: { lead: created.id }, queue: MAIL_QUEUE, req })
      await payload.jobs.queue({ task: 'confirmLeadToVisitor', input: { lead: created.id }, queue: MAIL_QUEUE, req })
    }
    await commitTransaction(req)
    return { id: created.id, duplicate: false }
  } catch (error) {
    await killTransaction(req).catch(() => undefined)
    await removeFiles(payload, writtenFiles)
    // A concurrent twin (double click) committed first: its lead is this visitor's lead.
    if (isDuplicateKey(error)) {
      const twin = await findBySubmissionKey(payload, submissionKey)
      if (twin !== undefined) return { id: twin, duplicate: true }
    }
    throw error
  }
}

/** Files of photos whose rows were rolled back would otherwise stay on disk, unowned. */
const removeFiles = async (payload: Payload, files: string[]) => {
  const dir = payload.collections['lead-photos'].config.upload.staticDir ?? ''
  await Promise.all(files.map((file) => unlink(path.join(dir, file)).catch(() => undefined)))
}
