import sharp from 'sharp'

/** What Stipple accepts as an image: the formats sharp can verify by their bytes, never SVG. */
export const ACCEPTED_IMAGE_FORMATS: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heif: 'image/avif',
}

export const MAX_IMAGE_BYTES = 8 * 1024 * 1024
/**
 * Pixels an image may declare. A few MB of JPEG can say 16000 × 16000 (a gigabyte once decoded):
 * the header is read first and such a file is refused before anything is decoded.
 */
export const MAX_IMAGE_PIXELS = 40_000_000

export class NotAnImageError extends Error {
  override name = 'NotAnImageError'
}

/** Reads the real format from the bytes, whatever the file name or declared type says, and refuses more than `maxPixels`. */
export const detectImageMimeType = async (data: Buffer, maxPixels = MAX_IMAGE_PIXELS): Promise<string> => {
  let format: string | undefined
  let compression: string | undefined
  let width = 0
  let height = 0
  try {
    // metadata() reads the header only; the size is checked below, with a message that says so.
    const meta = await sharp(data, { failOn: 'error', limitInputPixels: false }).metadata()
    ;({ format, compression, width = 0, height = 0 } = meta)
  } catch {
    throw new NotAnImageError('This file is not an image Stipple can read. Upload a JPEG, PNG, WebP or AVIF photo.')
  }
  if (width * height > maxPixels) {
    throw new NotAnImageError(`This image is ${width} × ${height} pixels; at most ${Math.floor(maxPixels / 1_000_000)} megapixels are accepted. Upload a smaller photo.`)
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
 * first so dropping the orientation tag does not rotate the picture; with `longEdge`, scaled down
 * to at most that many pixels on its long side (never up).
 */
export const withoutMetadata = async (data: Buffer, mime: string, { maxPixels = MAX_IMAGE_PIXELS, longEdge }: { maxPixels?: number; longEdge?: number } = {}): Promise<Buffer> => {
  let image = sharp(data, { failOn: 'error', limitInputPixels: maxPixels }).rotate()
  if (longEdge) image = image.resize({ width: longEdge, height: longEdge, fit: 'inside', withoutEnlargement: true })
  switch (mime) {
    case 'image/png':
      return image.png().toBuffer()
    case 'image/webp':
      return image.webp({ quality: 88 }).toBuffer()
    case 'image/avif':
      return image.avif({ quality: 60 }).toBuffer()
    default:
      // libjpeg-turbo, not mozjpeg: mozjpeg's trellis took 1.6 s instead of 0.09 s for a 1 MB photo
      // here, for files about a tenth smaller; intake must keep up with visitors' photos.
      return image.jpeg({ quality: 88 }).toBuffer()
  }
}
