import 'server-only'

import sharp, { type Sharp } from 'sharp'

import { encodedAs, type ImageHeader, NotAnImageError, readImageHeader } from '@/lib/images'
import { jpegWithoutMetadata } from '@/lib/jpegWithoutMetadata'

import { arrivalQueue } from './arrivalQueue'
import { LEAD_PHOTOS } from './fields'
import type { PhotoView } from './photoViews'

/** One stored file of a photo: its bytes and its size in pixels. */
export type PhotoFile = { data: Buffer; width: number; height: number }

/** A checked photo and its admin preview (none for a photo smaller than the preview); `extension` names its real format. */
export type CleanPhoto = { mimetype: string; extension: string; original: PhotoFile; thumbnail: PhotoFile | null }

/** A cleaned photo as the lead keeps it: with the view it was taken from when sent in a guided slot. */
export type LeadPhoto = CleanPhoto & { view: PhotoView | null }

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
 * A JPEG that is upright and within the size limit keeps its picture bytes: only its metadata
 * segments go, which costs no decoding and no quality. Anything else is decoded, turned upright
 * and re-encoded without metadata, scaled down to the long-edge limit.
 */
const cleanOriginal = async (input: Buffer, header: ImageHeader, decoded: Sharp): Promise<PhotoFile> => {
  const fits = Math.max(header.width, header.height) <= LEAD_PHOTOS.longEdge
  const stripped = header.mimetype === 'image/jpeg' && header.orientation === 1 && fits ? jpegWithoutMetadata(input) : null
  if (stripped) return { data: stripped, width: header.width, height: header.height }
  const { longEdge } = LEAD_PHOTOS
  return encodedAs(decoded.clone().resize({ width: longEdge, height: longEdge, fit: 'inside', withoutEnlargement: true }), header.mimetype)
}

/** Decoding the preview also proves the picture data readable, for the photos kept as sent. */
const thumbnailOf = async (header: ImageHeader, decoded: Sharp): Promise<PhotoFile | null> => {
  const { width, height } = LEAD_PHOTOS.thumbnail
  const [uprightWidth, uprightHeight] = header.orientation >= 5 ? [header.height, header.width] : [header.width, header.height]
  if (uprightWidth < width || uprightHeight < height) {
    // No preview to make, but the picture must still decode.
    await decoded.clone().resize({ width: 64, height: 64, fit: 'inside' }).raw().toBuffer()
    return null
  }
  return encodedAs(decoded.clone().resize({ width, height, fit: 'cover', position: 'centre' }), header.mimetype)
}

/**
 * A visitor's photo checked by its bytes (a real JPEG, PNG, WebP or AVIF, at most
 * LEAD_PHOTOS.maxPixels by its header, before decoding), turned upright, stripped of EXIF/GPS,
 * at most LEAD_PHOTOS.longEdge pixels, with its preview for the clinic.
 */
export const cleanPhoto = async (input: Buffer, label: string): Promise<CleanPhoto> => {
  try {
    // The header only, outside the queue: a refusal never waits for others' photos.
    const header = await readImageHeader(input, LEAD_PHOTOS.maxPixels)
    const files = await imageWork(async () => {
      const decoded = sharp(input, { failOn: 'error', limitInputPixels: LEAD_PHOTOS.maxPixels }).rotate()
      const [original, thumbnail] = await Promise.all([cleanOriginal(input, header, decoded), thumbnailOf(header, decoded)])
      return { original, thumbnail }
    }).catch(() => {
      // A readable header over damaged image data: the file's fault, not the server's.
      throw new NotAnImageError('This photo is damaged and could not be read. Please choose another.')
    })
    return { mimetype: header.mimetype, extension: header.mimetype.split('/')[1]!.replace('jpeg', 'jpg'), ...files }
  } catch (error) {
    if (error instanceof NotAnImageError) throw new PhotoRefusedError(`“${label.slice(0, 80)}”: ${error.message}`)
    throw error
  }
}
