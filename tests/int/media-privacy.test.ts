import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { OWN_CLINIC_PHOTOS } from '@/collections/CaseStudies/hooks/requireOwnClinicPhotos'

import { restResponse } from '../helpers/api'
import { type Actor, APIS, AS, VIA, findAs, findByIdAs, loadSeed, removeRows, type Seed, type Session, signInAll, throwaway, updateAs } from '../helpers/matrix'
import { idOf, testPayload } from '../helpers/payload'
import { clinicPhoto, expectHidden, expectSeen, filesOf, privateFlags, restSighting, visitorFindsElsewhere } from '../helpers/privacy'

/*
 * A client's photos are not public before the case study is published: the demo's Leeds draft
 * "crown coverage (awaiting review)" shows only to Leeds, brand marketing and platform admins —
 * in lists, by id, through GraphQL and the Local API, and on the file route, every size.
 */

describe('photos of a case study that is not published', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  let draftPhotos: number[]
  let livePhotos: number[]
  const made: { media: number[]; studies: number[] } = { media: [], studies: [] }

  const photosOfStudy = async (slug: string) => {
    const study = await payload.findByID({ collection: 'case-studies', id: await idOf(payload, 'case-studies', slug), draft: true, depth: 0, overrideAccess: true })
    return study.imagePairs.flatMap((pair) => [Number(pair.before), Number(pair.after)])
  }

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    draftPhotos = await photosOfStudy('leeds-crown-draft')
    livePhotos = await photosOfStudy('leeds-receding-temples')
  })
  afterAll(async () => {
    await removeRows(payload, 'case-studies', made.studies)
    await removeRows(payload, 'media', made.media)
    await payload.destroy()
  })

  it('are marked private by the platform; the photos of published case studies are not', async () => {
    const flags = await privateFlags(payload, [...draftPhotos, ...livePhotos])
    expect(draftPhotos.map((id) => flags[id])).toEqual([true, true])
    expect(livePhotos.map((id) => flags[id])).toEqual([false, false])
  })

  it('as anonymous visitor, are neither listed, found by id nor served, in any size, via REST', async () => {
    for (const id of draftPhotos) expectHidden(await restSighting(payload, id), `photo ${id}`)
    for (const id of livePhotos) expectSeen(await restSighting(payload, id), `published photo ${id}`)
  })

  it('as anonymous visitor, are found neither via GraphQL nor via the Local API, even when asked for by their flag', async () => {
    for (const id of draftPhotos) expect(await visitorFindsElsewhere(payload, id)).toEqual({ graphql: false, local: false })
    for (const api of APIS) {
      const flagged = await findAs(payload, api, s.visitor, 'media', { privateUntilPublished: { equals: true } })
      expect(flagged.docs, VIA[api]).toEqual([])
    }
  })

  it('as anonymous visitor, get no file through any query parameter or spelling of the address', async () => {
    const media = await payload.findByID({ collection: 'media', id: draftPhotos[0]!, depth: 0, overrideAccess: true })
    const [original, ...sizes] = filesOf(media)
    const tricks = [
      `media/file/${original}?prefix=public`,
      `media/file/${original}?prefix=${encodeURIComponent('private/lead-photos')}`,
      `media/file/${original}?prefix=..`,
      `media/file/${original}?draft=true&depth=0&locale=all`,
      `media/file/${original}?where[privateUntilPublished][equals]=true`,
      `media/file/${encodeURIComponent(original!)}`,
      `media/file/${sizes[0]}?prefix=public`,
      `media/file/..%2Fpublic%2F${original}`,
    ]
    for (const path of tricks) {
      const response = await restResponse('GET', path)
      expect([400, 403, 404], path).toContain(response.status)
    }
  })

  const readers: [Actor, boolean][] = [
    ['admin', true],
    ['marketing', true],
    ['ownerLeeds', true],
    ['ownerLondon', false],
    ['staffLondon', false],
    ['ownerManchester', false],
  ]
  for (const [actor, sees] of readers) {
    it(`${AS[actor]}, ${sees ? 'sees' : 'does not see'} them in lists, by id and on the file route`, async () => {
      for (const id of draftPhotos) {
        const seen = await restSighting(payload, id, s[actor].token)
        if (sees) expectSeen(seen, `photo ${id}`)
        else expectHidden(seen, `photo ${id}`)
        for (const api of APIS) {
          const listed = await findAs(payload, api, s[actor], 'media', { id: { equals: id } })
          const byId = await findByIdAs(payload, api, s[actor], 'media', id)
          expect([listed.docs.length, byId.status === 200], VIA[api]).toEqual(sees ? [1, true] : [0, false])
        }
      }
    })
  }

  for (const api of APIS) {
    it(`as platform admin, cannot mark a photo public (or private) itself via ${VIA[api]}`, async () => {
      const id = draftPhotos[0]!
      const res = await updateAs(payload, api, s.admin, 'media', id, { privateUntilPublished: false, alt: `Checked via ${api}` })
      expect(res.status, res.message).toBe(200)
      expect((await privateFlags(payload, [id]))[id]).toBe(true)
    })
  }

  describe('a case study’s photos are its own clinic’s', () => {
    for (const api of APIS) {
      it(`as franchise owner of Leeds, cannot put another clinic's or a brand-wide image in a case study via ${VIA[api]}`, async () => {
        const study = await throwaway(payload, seed, 'case-studies', seed.clinics.leeds, { imagePairs: [{ before: livePhotos[0], after: livePhotos[1], view: 'top' }] })
        made.studies.push(study)
        const [london, brandWide] = [(await clinicPhoto(payload, seed.clinics.london)).id, (await clinicPhoto(payload, null)).id]
        made.media.push(london, brandWide)
        for (const other of [london, brandWide]) {
          const res = await updateAs(payload, api, s.ownerLeeds, 'case-studies', study, { imagePairs: [{ before: livePhotos[0], after: other, view: 'top' }] }, { draft: true })
          expect(res.status, res.message).toBe(400)
          expect(res.message).toContain(OWN_CLINIC_PHOTOS)
        }
        const stored = await payload.findByID({ collection: 'case-studies', id: study, draft: true, depth: 0, overrideAccess: true })
        expect(stored.imagePairs.map((pair) => pair.after)).toEqual([livePhotos[1]])
        expect(await privateFlags(payload, [london, brandWide])).toEqual({ [london]: false, [brandWide]: false })
      })
    }
  })

  it('a case study’s story cannot embed images (its photos go in the before/after pairs)', () => {
    const story = payload.collections['case-studies'].config.fields.find((field) => 'name' in field && field.name === 'story')
    const features = (story as unknown as { editor: { editorConfig: { resolvedFeatureMap: Map<string, unknown> } } }).editor.editorConfig.resolvedFeatureMap
    expect(features.has('upload')).toBe(false)
    expect(features.has('relationship')).toBe(true)
  })
})
