import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { detectImageMimeType, MAX_IMAGE_BYTES, NotAnImageError, withoutMetadata } from '@/lib/images'

const isPdf = (data: Buffer): boolean => data.subarray(0, 5).toString('latin1') === '%PDF-'

/** A signed consent is a PDF or a photo of the paper form; nothing else is stored. */
export const acceptConsentDocuments: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return args
  const file = req.file
  if (file.data.length > MAX_IMAGE_BYTES) throw new APIError('The consent document is larger than 8 MB.', 413, undefined, true)
  if (isPdf(file.data)) {
    req.file = { ...file, mimetype: 'application/pdf' }
    return args
  }
  try {
    const mimetype = await detectImageMimeType(file.data)
    const data = await withoutMetadata(file.data, mimetype)
    req.file = { ...file, data, mimetype, size: data.length }
  } catch (error) {
    if (error instanceof NotAnImageError) throw new APIError('Upload the signed consent as a PDF or a photo.', 400, undefined, true)
    throw error
  }
  return args
}
