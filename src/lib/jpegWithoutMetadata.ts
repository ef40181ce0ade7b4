/*
 * A JPEG's segments are kept or dropped as they are, without decoding: the picture's own bytes
 * (tables, frame, scans) stay exactly as the camera wrote them. Kept besides those: the JFIF
 * header, the colour profile and Adobe's colour-transform flag, which change how the picture
 * looks. Dropped: EXIF (GPS, camera serials, the orientation tag), XMP, comments, embedded
 * previews and whatever follows the end of the image (where a polyglot file hides its payload).
 */

const SOI = 0xd8
const EOI = 0xd9
const SOS = 0xda
const COM = 0xfe
const APP0 = 0xe0
const APP2 = 0xe2
const APP14 = 0xee

const startsWith = (segment: Buffer, tag: string) => segment.subarray(4, 4 + tag.length).toString('latin1') === tag

const isKept = (marker: number, segment: Buffer) => {
  if (marker === COM) return false
  if (marker < APP0 || marker > 0xef) return true
  if (marker === APP0) return startsWith(segment, 'JFIF\0')
  if (marker === APP2) return startsWith(segment, 'ICC_PROFILE\0')
  return marker === APP14 && startsWith(segment, 'Adobe')
}

/** Where a scan's entropy-coded data ends: at the first marker that is not a restart or a stuffed 0xFF. */
const scanEnd = (data: Buffer, from: number) => {
  let at = data.indexOf(0xff, from)
  while (at !== -1 && at + 1 < data.length) {
    const next = data[at + 1]!
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) at = data.indexOf(0xff, at + 2)
    else if (next === 0xff) at += 1
    else return at
  }
  return -1
}

/** The JPEG without its metadata segments, or null when the bytes are not a complete JPEG. */
export const jpegWithoutMetadata = (data: Buffer): Buffer | null => {
  if (data[0] !== 0xff || data[1] !== SOI) return null
  const kept: Buffer[] = [data.subarray(0, 2)]
  let at = 2
  while (at + 1 < data.length) {
    if (data[at] !== 0xff) return null
    const marker = data[at + 1]!
    if (marker === 0xff) {
      at += 1
      continue
    }
    if (marker === EOI) {
      kept.push(data.subarray(at, at + 2))
      return Buffer.concat(kept)
    }
    if (at + 4 > data.length) return null
    const end = at + 2 + data.readUInt16BE(at + 2)
    if (end > data.length || end < at + 4) return null
    const segment = data.subarray(at, end)
    if (isKept(marker, segment)) kept.push(segment)
    at = end
    if (marker === SOS) {
      const scanEndsAt = scanEnd(data, at)
      if (scanEndsAt === -1) return null
      kept.push(data.subarray(at, scanEndsAt))
      at = scanEndsAt
    }
  }
  return null
}
