import sharp from 'sharp'

/** What Stipple accepts as an image: the formats sharp can verify by their bytes, never SVG. */
export const ACCEPTED_IMAGE_FORMATS: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heif: 'image/avif',
}

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024

export class NotAnImageError extends Error {}

/** Reads the real format from the bytes, whatever the file name or declared type says. */
export const detectImageMimeType = async (data: Buffer): Promise<string> => {
  let format: string | undefined
  let compression: string | undefined
  try {
    const meta = await sharp(data, { failOn: 'error' }).metadata()
    format = meta.format
    compression = meta.compression
  } catch {
    throw new NotAnImageError('This file is not an image Stipple can read. Upload a JPEG, PNG, WebP or AVIF photo.')
  }
  // sharp reports AVIF as the HEIF container; only its AV1 flavour is a web format.
  const mime = format === 'heif' && compression !== 'av1' ? undefined : ACCEPTED_IMAGE_FORMATS[format ?? '']
  if (!mime) {
    throw new NotAnImageError(`${(format ?? 'This').toUpperCase()} files are not accepted. Upload a JPEG, PNG, WebP or AVIF photo.`)
  }
  return mime
}

/**
 * Re-encodes an image without its metadata (EXIF, GPS, camera serials, XMP), turning it upright
 * first so dropping the orientation tag does not rotate the picture.
 */
export const withoutMetadata = async (data: Buffer, mime: string): Promise<Buffer> => {
  const image = sharp(data, { failOn: 'error' }).rotate()
  switch (mime) {
    case 'image/png':
      return image.png().toBuffer()
    case 'image/webp':
      return image.webp({ quality: 88 }).toBuffer()
    case 'image/avif':
      return image.avif({ quality: 60 }).toBuffer()
    default:
      return image.jpeg({ quality: 88, mozjpeg: true }).toBuffer()
  }
}
