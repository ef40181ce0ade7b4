import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { idOf, type Related } from '@/lib/relationships'

type Consent = { onRecord?: boolean; recordedOn?: string | null; document?: Related }

/**
 * No client's before/after photos go public without their recorded, dated, signed consent — and
 * the signed form must be one taken by this case study's clinic. (Draft saves skip field
 * validation, so the relationship's own tenant filter does not stop another clinic's form.)
 */
export const requireConsentToPublish: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const consent: Consent = { ...(originalDoc?.consent ?? {}), ...(data.consent ?? {}) }

  const documentId = idOf(consent.document)
  if (documentId !== undefined) {
    const clinic = idOf(data.clinic !== undefined ? data.clinic : originalDoc?.clinic)
    const form = await req.payload.findByID({ collection: 'consent-forms', id: documentId, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!form || clinic === undefined || idOf(form.clinic) !== clinic)
      throw new ValidationError({ errors: [{ path: 'consent.document', message: 'Attach a consent form signed at this case study’s clinic.' }] })
  }

  if (data._status !== 'published') return data
  const missing: { path: string; message: string }[] = []
  if (!consent.onRecord)
    missing.push({ path: 'consent.onRecord', message: 'Cannot publish: the client’s consent is not on record. The clinic’s owner records it (ticked, dated, signed form attached).' })
  if (!consent.recordedOn)
    missing.push({ path: 'consent.recordedOn', message: 'Cannot publish: enter the date the client gave consent (the clinic’s owner records it).' })
  if (!consent.document)
    missing.push({ path: 'consent.document', message: 'Cannot publish: attach the signed consent form (the clinic’s owner uploads it).' })
  if (missing.length > 0) throw new ValidationError({ errors: missing })
  return data
}
