import { existsSync } from 'node:fs'
import path from 'node:path'

import { GetObjectCommand } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { LeadPhoto, Media } from '@/payload-types'

import { type S3Server, startS3Server } from '../helpers/s3'

/*
 * S3_BUCKET puts every upload in an S3-compatible bucket. Here the bucket is s3rver's, over HTTP
 * on a free port; the Payload instance is the test database's, with the S3_ variables set before
 * its config is first imported in this file.
 */

type Api = typeof import('../helpers/api')
type Helpers = typeof import('../helpers/payload')
type Matrix = typeof import('../helpers/matrix')
type Leads = typeof import('../helpers/leads')

const image = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } }).jpeg().toBuffer()

const filesOf = (doc: Media | LeadPhoto): string[] =>
  [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))

describe('uploads in an S3-compatible bucket', () => {
  let s3: S3Server
  let payload: Payload
  let api: Api
  let helpers: Helpers
  let matrix: Matrix
  let leads: Leads
  const sentLeads: number[] = []
  const media: number[] = []
  const leadPhotos: number[] = []
  const studies: number[] = []

  beforeAll(async () => {
    s3 = await startS3Server()
    Object.assign(process.env, s3.env)
    helpers = await import('../helpers/payload')
    api = await import('../helpers/api')
    matrix = await import('../helpers/matrix')
    leads = await import('../helpers/leads')
    payload = await helpers.testPayload()
  })

  afterAll(async () => {
    for (const id of studies) await payload?.delete({ collection: 'case-studies', id, overrideAccess: true }).catch(() => undefined)
    for (const id of media) await payload?.delete({ collection: 'media', id, overrideAccess: true }).catch(() => undefined)
    for (const id of sentLeads) await payload?.delete({ collection: 'leads', id, overrideAccess: true }).catch(() => undefined)
    for (const id of leadPhotos) await payload?.delete({ collection: 'lead-photos', id, overrideAccess: true }).catch(() => undefined)
    await payload?.destroy()
    await s3?.stop()
    for (const name of Object.keys(s3?.env ?? {})) delete process.env[name]
  })

  const uploadSiteImage = async () => {
    const data = await image(1700, 1000, '#3a6ea5')
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'A bucket probe' },
      file: { data, mimetype: 'image/jpeg', name: `bucket-probe-${process.pid}.jpg`, size: data.length },
      overrideAccess: true,
    })
    media.push(doc.id)
    return doc
  }

  const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())

  it('stores a site image and each of its sizes in the bucket, under public/, and nothing on disk', async () => {
    const doc = await uploadSiteImage()
    const names = filesOf(doc)
    expect(names).toHaveLength(5)
    const keys = await s3.keys('public/')
    for (const name of names) expect(keys).toContain(`public/${name}`)

    const folder = payload.collections.media.config.upload.staticDir!
    expect(folder.startsWith(process.env.STIPPLE_MEDIA_DIR!)).toBe(true)
    for (const name of names) expect(existsSync(path.join(folder, name)), name).toBe(false)
  })

  it('serves the image through Payload’s file URL, to visitors too', async () => {
    const doc = await uploadSiteImage()
    const read = await payload.findByID({ collection: 'media', id: doc.id, depth: 0 })
    // The same address as on disk: the app's own file route, never the bucket's.
    expect(new URL(read.url!).pathname).toBe(`/api/media/file/${doc.filename}`)
    expect(new URL(read.sizes!.card!.url!).pathname).toBe(`/api/media/file/${read.sizes!.card!.filename}`)
    expect(read.url).not.toContain(s3.storage.endpoint)

    const served = await api.restResponse('GET', `media/file/${doc.filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    const stored = await s3.client.send(new GetObjectCommand({ Bucket: s3.storage.bucket, Key: `public/${doc.filename}` }))
    expect((await bytesOf(served)).equals(Buffer.from(await stored.Body!.transformToByteArray()))).toBe(true)

    const card = await api.restResponse('GET', `media/file/${read.sizes!.card!.filename}`)
    expect(card.status).toBe(200)
    expect((await sharp(await bytesOf(card)).metadata()).width).toBe(768)
  })

  it('keeps a lead photo under private/ and serves it to its clinic only', async () => {
    const london = await helpers.idOf(payload, 'clinics', 'london')
    const data = await image(800, 600, '#8a7060')
    const photo = await payload.create({
      collection: 'lead-photos',
      data: { clinic: london },
      file: { data, mimetype: 'image/jpeg', name: `scalp-probe-${process.pid}.jpg`, size: data.length },
      overrideAccess: true,
      depth: 0,
    })
    leadPhotos.push(photo.id)
    const keys = await s3.keys()
    for (const name of filesOf(photo)) {
      expect(keys).toContain(`private/lead-photos/${name}`)
      expect(existsSync(path.join(payload.collections['lead-photos'].config.upload.staticDir!, name))).toBe(false)
    }

    const file = `lead-photos/file/${photo.filename}`
    const thumbnail = `lead-photos/file/${photo.sizes!.thumbnail!.filename}`
    const manchesterOwner = await helpers.demoToken(payload, 'owner.manchester@stipple.localhost')
    const londonOwner = await helpers.demoToken(payload, 'owner.london@stipple.localhost')
    for (const address of [file, thumbnail]) {
      expect((await api.restResponse('GET', address)).status, `${address} as a visitor`).toBe(403)
      expect((await api.restResponse('GET', address, { token: manchesterOwner })).status, `${address} as Manchester's owner`).toBe(403)
      const served = await api.restResponse('GET', address, { token: londonOwner })
      expect(served.status, `${address} as London's owner`).toBe(200)
      expect(served.headers.get('cache-control')).toBe('private, no-store')
      expect((await bytesOf(served)).length).toBeGreaterThan(0)
    }
  })

  it('stores a photo sent with the consultation form in the bucket, with its preview, for its clinic only', async () => {
    const clinic = await leads.leadClinicOf(payload, 'london')
    const photo = { data: await image(1200, 900, '#6a5040'), type: 'image/jpeg', name: 'crown.jpg' }
    const answer = await leads.send(leads.leadRequest(leads.formDataOf(leads.visitorFields(), [photo])), leads.testContext(payload, clinic))
    expect(answer.status).toBe(201)
    const id = Number(String(answer.body.reference).slice(1))
    sentLeads.push(id)
    const lead = await payload.findByID({ collection: 'leads', id, depth: 1, overrideAccess: true })
    const stored = lead.photos![0] as LeadPhoto
    expect(stored.sizes?.thumbnail?.width).toBe(400)
    const keys = await s3.keys()
    const londonOwner = await helpers.demoToken(payload, 'owner.london@stipple.localhost')
    for (const name of filesOf(stored)) {
      expect(keys).toContain(`private/lead-photos/${name}`)
      expect(existsSync(path.join(payload.collections['lead-photos'].config.upload.staticDir!, name))).toBe(false)
      expect((await api.restResponse('GET', `lead-photos/file/${name}`)).status).toBe(403)
      const served = await api.restResponse('GET', `lead-photos/file/${name}`, { token: londonOwner })
      expect(served.status).toBe(200)
      expect((await sharp(await bytesOf(served)).metadata()).format).toBe('jpeg')
    }
  })

  it('keeps the photos of a draft case study from visitors, whatever the address or prefix, and serves them to their clinic', async () => {
    const leeds = await helpers.idOf(payload, 'clinics', 'leeds')
    const photos: Media[] = []
    for (const background of ['#604030', '#705040']) {
      const data = await image(800, 600, background)
      photos.push(await payload.create({ collection: 'media', data: { alt: 'A draft photo in the bucket', clinic: leeds }, file: { data, mimetype: 'image/jpeg', name: `draft-probe-${process.pid}-${background.slice(1)}.jpg`, size: data.length }, overrideAccess: true }))
    }
    media.push(...photos.map((photo) => photo.id))
    const seed = await matrix.loadSeed(payload)
    studies.push(await matrix.throwaway(payload, seed, 'case-studies', leeds, { imagePairs: [{ before: photos[0]!.id, after: photos[1]!.id, view: 'top' }], _status: 'draft' }))
    const [photo] = photos
    expect((await payload.findByID({ collection: 'media', id: photo!.id, overrideAccess: true, depth: 0 })).privateUntilPublished).toBe(true)

    // A lead photo in the bucket, to aim the media route's prefix at.
    const scalp = await image(640, 480, '#8a7060')
    const leadPhoto = await payload.create({ collection: 'lead-photos', data: { clinic: leeds }, file: { data: scalp, mimetype: 'image/jpeg', name: `prefix-probe-${process.pid}.jpg`, size: scalp.length }, overrideAccess: true, depth: 0 })
    leadPhotos.push(leadPhoto.id)

    const names = filesOf(photo!)
    const attempts = [
      ...names.map((name) => `media/file/${name}`),
      ...names.map((name) => `media/file/${name}?prefix=public`),
      `media/file/${photo!.filename}?prefix=${encodeURIComponent('private/lead-photos')}`,
      `media/file/${leadPhoto.filename}?prefix=${encodeURIComponent('private/lead-photos')}`,
      `media/file/${leadPhoto.filename}?prefix=${encodeURIComponent('../private/lead-photos')}`,
      `media/file/..%2Fprivate%2Flead-photos%2F${leadPhoto.filename}`,
    ]
    for (const address of attempts) expect((await api.restResponse('GET', address)).status, address).toBe(403)
    const listed = await api.rest('GET', `media?where[id][in]=${photos.map((one) => one.id).join(',')}&depth=0`)
    expect(listed.body.docs).toEqual([])
    expect((await api.rest('GET', `media/${photo!.id}?depth=0`)).status).toBe(404)

    const owner = await helpers.demoToken(payload, 'owner.leeds@stipple.localhost')
    const stored = await s3.client.send(new GetObjectCommand({ Bucket: s3.storage.bucket, Key: `public/${photo!.filename}` }))
    const served = await api.restResponse('GET', `media/file/${photo!.filename}`, { token: owner })
    expect(served.status).toBe(200)
    expect((await bytesOf(served)).equals(Buffer.from(await stored.Body!.transformToByteArray()))).toBe(true)
  })

  it('deletes a document’s objects with the document', async () => {
    const doc = await uploadSiteImage()
    const keys = filesOf(doc).map((name) => `public/${name}`)
    expect(await s3.keys('public/')).toEqual(expect.arrayContaining(keys))

    await payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
    media.splice(media.indexOf(doc.id), 1)
    const left = await s3.keys('public/')
    for (const key of keys) expect(left).not.toContain(key)

    const london = await helpers.idOf(payload, 'clinics', 'london')
    const data = await image(640, 480, '#705040')
    const photo = await payload.create({
      collection: 'lead-photos',
      data: { clinic: london },
      file: { data, mimetype: 'image/jpeg', name: `erase-probe-${process.pid}.jpg`, size: data.length },
      overrideAccess: true,
      depth: 0,
    })
    const photoKeys = filesOf(photo).map((name) => `private/lead-photos/${name}`)
    expect(await s3.keys('private/')).toEqual(expect.arrayContaining(photoKeys))
    await payload.delete({ collection: 'lead-photos', id: photo.id, overrideAccess: true })
    const privateLeft = await s3.keys('private/')
    for (const key of photoKeys) expect(privateLeft).not.toContain(key)
  })

  it('keeps each photo of a lead written in one transaction apart, and deleteStoredFiles removes them after a rollback', async () => {
    // As the lead intake does: several photos through one request and transaction, then a rollback.
    const { deleteStoredFiles } = await import('@/lib/storage/deleteStoredFiles')
    const { createLocalReq, initTransaction, killTransaction } = await import('payload')
    const london = await helpers.idOf(payload, 'clinics', 'london')
    const before = await s3.keys()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const photos: LeadPhoto[] = []
    for (const [index, background] of ['#aa0000', '#00aa00'].entries()) {
      const data = await image(600 + index * 40, 450, background)
      photos.push(
        await payload.create({
          collection: 'lead-photos',
          data: { clinic: london },
          file: { data, mimetype: 'image/jpeg', name: `rollback-probe-${process.pid}-${index}.jpg`, size: data.length },
          overrideAccess: true,
          depth: 0,
          req,
        }),
      )
    }
    for (const [index, photo] of photos.entries()) {
      const object = await s3.client.send(new GetObjectCommand({ Bucket: s3.storage.bucket, Key: `private/lead-photos/${photo.filename}` }))
      const { width } = await sharp(Buffer.from(await object.Body!.transformToByteArray())).metadata()
      expect(width, photo.filename!).toBe(600 + index * 40)
    }
    await killTransaction(req)
    expect(await payload.count({ collection: 'lead-photos', where: { id: { in: photos.map((photo) => photo.id) } } })).toEqual({ totalDocs: 0 })

    await deleteStoredFiles(payload, 'lead-photos', photos.flatMap(filesOf))
    expect(await s3.keys()).toEqual(before)
  })
})
