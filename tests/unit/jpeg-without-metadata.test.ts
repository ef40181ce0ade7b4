import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { jpegWithoutMetadata } from '@/lib/jpegWithoutMetadata'

/*
 * Lead photos that need no rotation or scaling keep their picture bytes and lose only their
 * metadata. Checked on real encoder output: the same pixels after, and none of what a camera or
 * an attacker put beside them.
 */

const picture = async (options: { progressive?: boolean } = {}) => {
  const width = 320
  const height = 200
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 31 + ((i / 960) | 0) * 7) % 256
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({ IFD0: { Make: 'SecretPhone', Artist: 'Jane Visitor' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
    .withIccProfile('srgb')
    .jpeg({ quality: 85, progressive: options.progressive })
    .toBuffer()
}

const rawPixels = (data: Buffer) => sharp(data).raw().toBuffer()

describe('a JPEG without its metadata', () => {
  it.each([{ progressive: false }, { progressive: true }])('keeps every pixel and the colour profile, loses EXIF and GPS (%o)', async (options) => {
    const original = await picture(options)
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const stripped = jpegWithoutMetadata(original)!
    expect(stripped).not.toBeNull()
    const meta = await sharp(stripped).metadata()
    expect(meta.exif).toBeUndefined()
    expect(meta.icc).toBeDefined()
    expect(stripped.includes('SecretPhone')).toBe(false)
    expect(stripped.includes('Jane Visitor')).toBe(false)
    expect((await rawPixels(stripped)).equals(await rawPixels(original))).toBe(true)
  })

  it('drops comments and whatever follows the end of the image', async () => {
    const original = await picture()
    // A comment segment after the start of image, and an HTML payload after its end.
    const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x0e]), Buffer.from('hidden note!')])
    const polyglot = Buffer.concat([original.subarray(0, 2), comment, original.subarray(2), Buffer.from('<script>alert(1)</script>')])
    const stripped = jpegWithoutMetadata(polyglot)!
    expect(stripped.includes('hidden note')).toBe(false)
    expect(stripped.includes('<script>')).toBe(false)
    expect(stripped.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]))
    expect((await rawPixels(stripped)).equals(await rawPixels(original))).toBe(true)
  })

  it('is null for bytes that are not a complete JPEG', async () => {
    const original = await picture()
    expect(jpegWithoutMetadata(original.subarray(0, original.length - 200))).toBeNull()
    expect(jpegWithoutMetadata(original.subarray(0, 40))).toBeNull()
    expect(jpegWithoutMetadata(await sharp(original).png().toBuffer())).toBeNull()
    expect(jpegWithoutMetadata(Buffer.alloc(0))).toBeNull()
  })
})
