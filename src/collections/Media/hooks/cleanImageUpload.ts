import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { detectImageMimeType, MAX_IMAGE_BYTES, NotAnImageError, withoutMetadata } from '@/lib/images'

/**
 * Every uploaded image is checked by its bytes (a renamed program or an SVG is refused) and stored
 * without metadata, so a phone photo never publishes where it was taken.
 */
export const cleanImageUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  if (file.size > MAX_IMAGE_BYTES || file.data.length > MAX_IMAGE_BYTES) {
    throw new APIError(`The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`, 413, undefined, true)
  }
  try {
    const mimetype = await detectImageMimeType(file.data)
    const data = await withoutMetadata(file.data, mimetype)
    req.file = { ...file, data, mimetype, size: data.length }
  } catch (error) {
    if (error instanceof NotAnImageError) throw new APIError(error.message, 400, undefined, true)
    throw error
  }
  return args
}
