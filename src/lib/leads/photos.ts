import 'server-only'

import { detectImageMimeType, NotAnImageError, withoutMetadata } from '@/lib/images'

import { arrivalQueue } from './arrivalQueue'
import { LEAD_PHOTOS } from './fields'
import type { CleanPhoto } from './storeLead'

/**
 * Photos being decoded and re-encoded at once, in this process; the others wait their turn in
 * arrival order. Decoding takes a core and tens of MB per photo: unbounded, a few visitors' photos
 * at once stalled everyone's requests and ran the server out of memory.
 */
const imageWork = arrivalQueue(2)

export class PhotoRefusedError extends Error {
  override name = 'PhotoRefusedError'
}

/**
 * A visitor's photo checked by its bytes (a real JPEG, PNG, WebP or AVIF, at most
 * LEAD_PHOTOS.maxPixels by its header, before decoding), turned upright, stripped of EXIF/GPS and
 * scaled to at most LEAD_PHOTOS.longEdge pixels.
 */
export const cleanPhoto = async (original: Buffer, label: string): Promise<CleanPhoto> => {
  try {
    // The header only, outside the queue: a refusal never waits for others' photos.
    const mimetype = await detectImageMimeType(original, LEAD_PHOTOS.maxPixels)
    const data = await imageWork(() => withoutMetadata(original, mimetype, { maxPixels: LEAD_PHOTOS.maxPixels, longEdge: LEAD_PHOTOS.longEdge })).catch(() => {
      // A readable header over damaged image data: the file's fault, not the server's.
      throw new NotAnImageError('This photo is damaged and could not be read. Please choose another.')
    })
    return { data, mimetype, extension: mimetype.split('/')[1]!.replace('jpeg', 'jpg') }
  } catch (error) {
    if (error instanceof NotAnImageError) throw new PhotoRefusedError(`“${label.slice(0, 80)}”: ${error.message}`)
    throw error
  }
}
