import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import { type ProductionServer, startProductionServer } from '../browser/productionServer'
import { signIn } from '../browser/signIn'
import { loadSeed, type Seed, throwaway } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'
import { clinicPhoto, filesOf } from '../helpers/privacy'
import { type S3Server, startS3Server } from '../helpers/s3'

/*
 * A client's photos over HTTP, against the production server: a draft case study's photos are
 * refused to visitors on the list, by id and on the file route (every size) — on disk and in an
 * S3 bucket — and Next's image optimizer, which keeps what it once fetched, never serves one after
 * its case study is unpublished.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const optimized = (name: string) => `/_next/image?url=${encodeURIComponent(`/api/media/file/${name}`)}&w=640&q=75`

/** Anonymous statuses for one photo: listed, by id, each file, and through the optimizer. */
const asVisitor = async (server: ProductionServer, photo: Pick<Media, 'id' | 'filename' | 'sizes'>) => {
  const origin = server.origin()
  const list = (await (await fetch(`${origin}/api/media?where[id][equals]=${photo.id}&depth=0`)).json()) as { docs: unknown[] }
  const files = await Promise.all(filesOf(photo).map(async (name) => (await fetch(`${origin}/api/media/file/${encodeURIComponent(name)}`)).status))
  return { listed: list.docs.length > 0, byId: (await fetch(`${origin}/api/media/${photo.id}?depth=0`)).status, files }
}

let payload: Payload
let seed: Seed
beforeAll(async () => {
  payload = await testPayload()
  seed = await loadSeed(payload)
})
afterAll(async () => payload?.destroy())

describe('a draft case study’s photos over HTTP (photos on disk)', () => {
  let server: ProductionServer
  let marketing: Record<string, string>
  let photos: Media[]
  let study: number

  beforeAll(async () => {
    server = await startProductionServer()
    marketing = (await signIn(server.origin(), 'marketing@stipple.localhost')).json
    photos = [await clinicPhoto(payload, seed.clinics.leeds), await clinicPhoto(payload, seed.clinics.leeds)]
    study = await throwaway(payload, seed, 'case-studies', seed.clinics.leeds, {
      imagePairs: [{ before: photos[0]!.id, after: photos[1]!.id, view: 'top' }],
      consent: { onRecord: true, recordedOn: '2026-01-15', document: seed.rows['consent-forms'].leeds[0] },
      _status: 'draft',
    })
  }, 600_000)
  afterAll(async () => {
    await payload?.delete({ collection: 'case-studies', id: study, overrideAccess: true }).catch(() => undefined)
    for (const photo of photos ?? []) await payload?.delete({ collection: 'media', id: photo.id, overrideAccess: true }).catch(() => undefined)
    await server?.stop()
  })

  const publish = async (status: 'published' | 'draft') => {
    const res = await fetch(`${server.origin()}/api/case-studies/${study}?depth=0`, { method: 'PATCH', headers: marketing, body: JSON.stringify({ _status: status }) })
    expect(res.status, await res.text()).toBe(200)
  }

  it('the demo’s draft awaiting review: its photos are refused on the list, by id, on the file route and through the optimizer', async () => {
    const draft = await payload.find({ collection: 'case-studies', where: { slug: { equals: 'leeds-crown-draft' } }, draft: true, depth: 1, overrideAccess: true })
    for (const pair of draft.docs[0]!.imagePairs) {
      for (const photo of [pair.before, pair.after] as Media[]) {
        expect(await asVisitor(server, photo)).toEqual({ listed: false, byId: 404, files: filesOf(photo).map(() => 403) })
        expect((await fetch(`${server.origin()}${optimized(photo.filename!)}`)).status).toBe(403)
      }
    }
  })

  it('publishing shows the photos, unpublishing hides them again — also where Next’s optimizer had kept a copy', async () => {
    const [photo] = photos
    expect((await fetch(`${server.origin()}${optimized(photo!.filename!)}`)).status).toBe(403)

    await publish('published')
    expect(await asVisitor(server, photo!)).toEqual({ listed: true, byId: 200, files: filesOf(photo!).map(() => 200) })
    const first = await fetch(`${server.origin()}${optimized(photo!.filename!)}`)
    expect(first.status).toBe(200)
    expect((await sharp(Buffer.from(await first.arrayBuffer())).metadata()).width).toBe(640)
    // The optimizer now holds the photo in its own cache.
    expect((await fetch(`${server.origin()}${optimized(photo!.filename!)}`)).headers.get('x-nextjs-cache')).toBe('HIT')

    await publish('draft')
    expect(await asVisitor(server, photo!)).toEqual({ listed: false, byId: 404, files: filesOf(photo!).map(() => 403) })
    // Refused at once: the unpublication expired the gate's answers (and none lasts over a second).
    let status = 0
    for (const deadline = Date.now() + 1_500; Date.now() < deadline; await sleep(100)) {
      status = (await fetch(`${server.origin()}${optimized(photo!.filename!)}`)).status
      if (status === 403) break
    }
    expect(status).toBe(403)
  })

  it('no address or query parameter reaches a private photo', async () => {
    const [photo] = photos
    const name = photo!.filename!
    for (const path of [
      `/api/media/file/${name}?prefix=public`,
      `/api/media/file/${name}?prefix=..%2Fpublic`,
      `/api/media/file/%2E%2E%2Fpublic%2F${name}`,
      `/api/media/file/${encodeURIComponent(name)}?draft=true&depth=0`,
      `/_next/image?url=${encodeURIComponent(`/api/media/file/${name}?prefix=public`)}&w=640&q=75`,
      `/_next/image?url=${encodeURIComponent(`/_next/static/../../api/media/file/${name}`)}&w=640&q=75`,
      `/_next/image?url=${encodeURIComponent(`/api/media/file/${name}`)}&url=${encodeURIComponent('/favicon.ico')}&w=640&q=75`,
    ]) {
      const res = await fetch(`${server.origin()}${path}`)
      expect([400, 403, 404], path).toContain(res.status)
    }
  })
})

describe('a draft case study’s photos over HTTP (photos in an S3 bucket)', () => {
  let s3: S3Server
  let server: ProductionServer
  let owner: { auth: Record<string, string>; json: Record<string, string> }
  const photos: Media[] = []
  let study: number | undefined

  beforeAll(async () => {
    s3 = await startS3Server('stipple-abuse-uploads')
    server = await startProductionServer({ env: s3.env })
    owner = await signIn(server.origin(), 'owner.leeds@stipple.localhost')
    // Uploaded through the server, so the files go to its bucket.
    for (const background of ['#5a4030', '#6a5040']) {
      const data = await sharp({ create: { width: 800, height: 600, channels: 3, background } }).jpeg().toBuffer()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(data)], { type: 'image/jpeg' }), `bucket-draft-${process.pid}-${background.slice(1)}.jpg`)
      form.append('_payload', JSON.stringify({ alt: 'A draft photo in the bucket', clinic: seed.clinics.leeds }))
      const res = await fetch(`${server.origin()}/api/media`, { method: 'POST', headers: owner.auth, body: form })
      expect(res.status, await res.clone().text()).toBe(201)
      photos.push(((await res.json()) as { doc: Media }).doc)
    }
    const template = await payload.find({ collection: 'case-studies', where: { clinic: { equals: seed.clinics.leeds } }, limit: 1, depth: 0, overrideAccess: true })
    const { treatment, sessions } = template.docs[0]!
    const created = await fetch(`${server.origin()}/api/case-studies?draft=true&depth=0`, {
      method: 'POST',
      headers: owner.json,
      body: JSON.stringify({ title: `Bucket draft ${process.pid}`, slug: `bucket-draft-${process.pid}`, clinic: seed.clinics.leeds, treatment, sessions, imagePairs: [{ before: photos[0]!.id, after: photos[1]!.id, view: 'top' }] }),
    })
    expect(created.status, await created.clone().text()).toBe(201)
    study = ((await created.json()) as { doc: { id: number } }).doc.id
  }, 600_000)
  afterAll(async () => {
    if (study) await payload?.delete({ collection: 'case-studies', id: study, overrideAccess: true }).catch(() => undefined)
    // Their rows only: the objects go with the bucket below.
    if (photos.length) await payload?.db.deleteMany({ collection: 'media', where: { id: { in: photos.map((photo) => photo.id) } } })
    await server?.stop()
    await s3?.stop()
  })

  it('keeps the photos in the bucket and refuses them to visitors on the list, by id and on the file route, whatever the prefix', async () => {
    const keys = await s3.keys('public/')
    for (const photo of photos) {
      for (const name of filesOf(photo)) expect(keys).toContain(`public/${name}`)
      expect(await asVisitor(server, photo)).toEqual({ listed: false, byId: 404, files: filesOf(photo).map(() => 403) })
      for (const prefix of ['public', 'private/lead-photos', '..', '']) {
        expect((await fetch(`${server.origin()}/api/media/file/${photo.filename}?prefix=${encodeURIComponent(prefix)}`)).status, prefix).toBe(403)
      }
      expect((await fetch(`${server.origin()}${optimized(photo.filename!)}`)).status).toBe(403)
    }
  })

  it('serves them to their clinic, from the bucket', async () => {
    for (const photo of photos) {
      const res = await fetch(`${server.origin()}/api/media/file/${photo.filename}`, { headers: owner.auth })
      expect(res.status).toBe(200)
      expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(800)
    }
  })
})
