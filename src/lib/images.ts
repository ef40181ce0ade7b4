import sharp, { type Sharp } from 'sharp'

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

/** What an image's header says: its real format (whatever the file name or declared type says), size and EXIF orientation. */
export type ImageHeader = { mimetype: string; width: number; height: number; orientation: number }

/** Reads an image's header (never its pixels) and refuses formats Stipple does not take and more than `maxPixels`. */
export const readImageHeader = async (data: Buffer, maxPixels = MAX_IMAGE_PIXELS): Promise<ImageHeader> => {
  let format: string | undefined
  let compression: string | undefined
  let width = 0
  let height = 0
  let orientation = 1
  try {
    // metadata() reads the header only; the size is checked below, with a message that says so.
    const meta = await sharp(data, { failOn: 'error', limitInputPixels: false }).metadata()
    ;({ format, compression, width = 0, height = 0, orientation = 1 } = meta)
  } catch {
    throw new NotAnImageError('This file is not an image Stipple can read. Upload a JPEG, PNG, WebP or AVIF photo.')
  }
  if (width * height > maxPixels) {
    throw new NotAnImageError(`This image is ${width} × ${height} pixels; at most ${Math.floor(maxPixels / 1_000_000)} megapixels are accepted. Upload a smaller photo.`)
  }
  // sharp reports AVIF as the HEIF container; only its AV1 flavour is a web format.
  const mimetype = format === 'heif' && compression !== 'av1' ? undefined : ACCEPTED_IMAGE_FORMATS[format ?? '']
  if (!mimetype) {
    throw new NotAnImageError(`${(format ?? 'This').toUpperCase()} files are not accepted. Upload a JPEG, PNG, WebP or AVIF photo.`)
  }
  return { mimetype, width, height, orientation }
}

/** `mimetype`'s bytes of `image` (a sharp pipeline), with no metadata and the pixel size they came out at. */
export const encodedAs = async (image: Sharp, mimetype: string): Promise<{ data: Buffer; width: number; height: number }> => {
  const format =
    mimetype === 'image/png'
      ? image.png()
      : mimetype === 'image/webp'
        ? image.webp({ quality: 88 })
        : mimetype === 'image/avif'
          ? image.avif({ quality: 60 })
          : // libjpeg-turbo, not mozjpeg: mozjpeg's trellis took 1.6 s instead of 0.09 s for a 1 MB
            // photo here, for files about a tenth smaller; intake must keep up with visitors' photos.
            image.jpeg({ quality: 88 })
  const { data, info } = await format.toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/** Reads the real format from the bytes, whatever the file name or declared type says, and refuses more than `maxPixels`. */
export const detectImageMimeType = async (data: Buffer, maxPixels = MAX_IMAGE_PIXELS): Promise<string> => (await readImageHeader(data, maxPixels)).mimetype

/**
 * Re-encodes an image without its metadata (EXIF, GPS, camera serials, XMP), turning it upright
 * first so dropping the orientation tag does not rotate the picture; with `longEdge`, scaled down
 * to at most that many pixels on its long side (never up).
 */
export const withoutMetadata = async (data: Buffer, mime: string, { maxPixels = MAX_IMAGE_PIXELS, longEdge }: { maxPixels?: number; longEdge?: number } = {}): Promise<Buffer> => {
  let image = sharp(data, { failOn: 'error', limitInputPixels: maxPixels }).rotate()
  if (longEdge) image = image.resize({ width: longEdge, height: longEdge, fit: 'inside', withoutEnlargement: true })
  return (await encodedAs(image, mime)).data
}
