import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { rest } from '../helpers/api'
import { leadOf, london, payload, useLeadIntakeDatabase } from '../helpers/leadIntakeDatabase'
import { formDataOf, leadRequest, send, testContext, visitorFields } from '../helpers/leads'
import { demoToken } from '../helpers/payload'

/*
 * Photos sent with a consultation request, in-process on the seeded PostgreSQL: what is kept of
 * them, who may read them, and what is refused.
 */

useLeadIntakeDatabase()

describe('photos', () => {
  const photoWithGps = () =>
    sharp({ create: { width: 320, height: 240, channels: 3, background: '#a07050' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Secret Model' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .toBuffer()

  it('are stored without EXIF/GPS, outside the public media, readable only by the lead’s clinic', async () => {
    const original = await photoWithGps()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const answer = await send(
      leadRequest(formDataOf(visitorFields(), [{ data: original, type: 'image/jpeg', name: 'IMG_0001.jpg' }])),
      testContext(payload, london),
    )
    expect(answer.status).toBe(201)
    const lead = await leadOf(answer.body.reference)
    expect(lead.photos).toHaveLength(1)
    const photo = await payload.findByID({ collection: 'lead-photos', id: lead.photos![0] as number, overrideAccess: true, depth: 0 })
    expect(photo.clinic).toBe(london.id)
    const dir = payload.collections['lead-photos'].config.upload.staticDir!
    expect(dir).toContain(`${path.sep}private${path.sep}`)
    const stored = await readFile(path.join(dir, photo.filename!))
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('Secret Model'))).toBe(false)

    const file = `lead-photos/file/${photo.filename}`
    expect((await rest('GET', file)).status).toBe(403)
    expect((await rest('GET', file, { token: await demoToken(payload, 'owner.manchester@stipple.localhost') })).status).toBe(403)
    expect((await rest('GET', file, { token: await demoToken(payload, 'owner.london@stipple.localhost') })).status).toBe(200)
  })

  it('keep the order they were chosen in; the same form sent again with them adds no photo rows or files', async () => {
    const colours = ['#aa0000', '#00aa00', '#0000aa'] as const
    const photos = await Promise.all(
      colours.map(async (background, index) => ({
        data: await sharp({ create: { width: 40 + index, height: 30, channels: 3, background } }).jpeg().toBuffer(),
        type: 'image/jpeg',
        name: `photo-${index}.jpg`,
      })),
    )
    const form = visitorFields()
    const dir = payload.collections['lead-photos'].config.upload.staticDir!
    const first = await send(leadRequest(formDataOf(form, photos)), testContext(payload, london))
    expect(first.status).toBe(201)
    const lead = await leadOf(first.body.reference)
    const stored = await payload.find({ collection: 'lead-photos', where: { id: { in: lead.photos as number[] } }, overrideAccess: true, depth: 0 })
    const widthOf = new Map(stored.docs.map((photo) => [photo.id, photo.width]))
    expect((lead.photos as number[]).map((id) => widthOf.get(id))).toEqual([40, 41, 42])

    const photoRows = (await payload.count({ collection: 'lead-photos', overrideAccess: true })).totalDocs
    const files = (await readdir(dir)).length
    const again = await send(leadRequest(formDataOf(form, photos)), testContext(payload, london))
    expect(again.status).toBe(201)
    expect(again.body.reference).toBe(first.body.reference)
    expect((await payload.count({ collection: 'lead-photos', overrideAccess: true })).totalDocs).toBe(photoRows)
    expect((await readdir(dir)).length).toBe(files)
  })

  it('are kept at most 2560 pixels on the long edge; one declaring more than 40 megapixels is refused by its header', async () => {
    const large = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#806040' } }).jpeg().toBuffer()
    const answer = await send(leadRequest(formDataOf(visitorFields(), [{ data: large, type: 'image/jpeg', name: 'wide.jpg' }])), testContext(payload, london))
    expect(answer.status).toBe(201)
    const lead = await leadOf(answer.body.reference)
    const photo = await payload.findByID({ collection: 'lead-photos', id: lead.photos![0] as number, overrideAccess: true, depth: 0 })
    expect([photo.width, photo.height]).toEqual([2560, 640])

    const bomb = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#000000' } }).jpeg({ quality: 1 }).toBuffer()
    const refused = await send(leadRequest(formDataOf(visitorFields(), [{ data: bomb, type: 'image/jpeg', name: 'bomb.jpg' }])), testContext(payload, london))
    expect(refused.status).toBe(400)
    expect(refused.body.errors.photos).toMatch(/8000 × 6000 pixels; at most 40 megapixels/)
  })

  it('a file that is not an image, or too many photos, is refused with a message for the photos field', async () => {
    const fake = { data: Buffer.from('MZ this is a program'), type: 'image/jpeg', name: 'holiday.jpg' }
    const notImage = await send(leadRequest(formDataOf(visitorFields(), [fake])), testContext(payload, london))
    expect(notImage.status).toBe(400)
    expect(notImage.body.errors.photos).toMatch(/holiday\.jpg/)

    const small = { data: await photoWithGps(), type: 'image/jpeg', name: 'p.jpg' }
    const tooMany = await send(leadRequest(formDataOf(visitorFields(), [small, small, small, small])), testContext(payload, london))
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.errors.photos).toMatch(/at most 3/)
  })
})
