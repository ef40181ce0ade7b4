import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest } from '../helpers/api'
import { demoToken, testPayload } from '../helpers/payload'

/** A JPEG with EXIF including GPS coordinates, as a phone would produce. */
const photoWithGps = (width = 640, height = 480) =>
  sharp({ create: { width, height, channels: 3, background: '#a0522d' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Pocket 9', Copyright: 'Client photo' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .toBuffer()

const upload = (token: string, file: Buffer, name: string, type: string, alt = 'A test image') => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify({ alt }))
  return rest('POST', 'media', { token, formData: form })
}

describe('media uploads', () => {
  let payload: Payload
  let token: string
  const created: number[] = []

  beforeAll(async () => {
    payload = await testPayload()
    token = await demoToken(payload, 'marketing@stipple.localhost')
  })
  afterAll(async () => {
    for (const id of created) await payload.delete({ collection: 'media', id, overrideAccess: true })
    await payload.destroy()
  })

  it('stores a JPEG without its EXIF and GPS metadata', async () => {
    const original = await photoWithGps()
    expect((await sharp(original).metadata()).exif).toBeDefined()

    const res = await upload(token, original, 'holiday.jpg', 'image/jpeg')
    expect(res.status).toBe(201)
    created.push(res.body.doc.id)

    const file = await rest('GET', `media/file/${res.body.doc.filename}`, { token })
    expect(file.status).toBe(200)
    const stored = await payload.findByID({ collection: 'media', id: res.body.doc.id, overrideAccess: true })
    const bytes = await import('node:fs/promises').then((fs) => fs.readFile(`${process.env.STIPPLE_MEDIA_DIR}/public/${stored.filename}`))
    const meta = await sharp(bytes).metadata()
    expect(meta.format).toBe('jpeg')
    expect(meta.exif).toBeUndefined()
    expect(bytes.includes(Buffer.from('PhoneCo'))).toBe(false)
    for (const size of Object.values(stored.sizes ?? {})) {
      if (!size?.filename) continue
      const sized = await import('node:fs/promises').then((fs) => fs.readFile(`${process.env.STIPPLE_MEDIA_DIR}/public/${size.filename}`))
      expect((await sharp(sized).metadata()).exif).toBeUndefined()
    }
  })

  it('makes the Open Graph size 1200×630', async () => {
    const res = await upload(token, await photoWithGps(1600, 1000), 'share.jpg', 'image/jpeg')
    expect(res.status).toBe(201)
    created.push(res.body.doc.id)
    expect(res.body.doc.sizes.openGraph).toMatchObject({ width: 1200, height: 630 })
  })

  it('refuses an SVG, even one named .png', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    for (const [name, type] of [['logo.svg', 'image/svg+xml'], ['logo.png', 'image/png']] as const) {
      const res = await upload(token, svg, name, type)
      expect(res.status, name).toBeGreaterThanOrEqual(400)
      expect(res.status, name).toBeLessThan(500)
    }
    const { totalDocs } = await payload.count({ collection: 'media', where: { filename: { in: ['logo.svg', 'logo.png'] } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('refuses a program renamed to .jpg', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096, 0x90)])
    const res = await upload(token, elf, 'portrait.jpg', 'image/jpeg')
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/not an image|JPEG, PNG, WebP or AVIF/i)
  })

  it('refuses a file over 8 MB with 413', async () => {
    const big = Buffer.concat([await photoWithGps(), Buffer.alloc(9 * 1024 * 1024, 1)])
    const res = await upload(token, big, 'huge.jpg', 'image/jpeg')
    expect(res.status).toBe(413)
  })

  it('requires alternative text', async () => {
    const res = await upload(token, await photoWithGps(), 'no-alt.jpg', 'image/jpeg', '')
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/alt/i)
  })
})
