import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rest } from '../helpers/api'
import { loadSeed, removeRows, type Seed, type Session, signInAll, throwaway } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'
import { clinicPhoto, expectHidden, expectSeen, privateFlags, restSighting } from '../helpers/privacy'

/*
 * When a photo is private, and when it stops being so: publishing a case study makes its photos
 * public, unpublishing (now or on schedule) private again; a photo that something public also shows
 * — another, live case study, a team member, a published page — stays public.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('photo privacy follows publication', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<string, Session>
  let consentForm: number
  const made: { media: number[]; studies: number[]; team: number[]; pages: number[] } = { media: [], studies: [], team: [], pages: [] }

  const photos = async (count = 2) => {
    const ids: number[] = []
    for (let i = 0; i < count; i++) ids.push((await clinicPhoto(payload, seed.clinics.leeds)).id)
    made.media.push(...ids)
    return ids
  }
  /** A Leeds case study of these photos, with the client's consent on record. */
  const study = async ([before, after]: number[], status: 'draft' | 'published' = 'draft') => {
    const id = await throwaway(payload, seed, 'case-studies', seed.clinics.leeds, {
      imagePairs: [{ before, after, view: 'top' }],
      consent: { onRecord: true, recordedOn: '2026-01-15', document: consentForm },
      _status: status,
    })
    made.studies.push(id)
    return id
  }
  const asMarketing = (id: number, body: Record<string, unknown>, draft = false) =>
    rest('PATCH', `case-studies/${id}?depth=0${draft ? '&draft=true' : ''}`, { token: s.marketing!.token, body })
  const flags = (ids: number[]) => privateFlags(payload, ids).then((found) => ids.map((id) => found[id]))

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
    consentForm = seed.rows['consent-forms'].leeds[0]!
  })
  afterAll(async () => {
    await removeRows(payload, 'team-members', made.team)
    await removeRows(payload, 'pages', made.pages)
    await removeRows(payload, 'case-studies', made.studies)
    await removeRows(payload, 'media', made.media)
    await payload.destroy()
  })

  it('as brand marketing, publishing makes the photos public and unpublishing private again (REST)', async () => {
    const pair = await photos()
    const id = await study(pair)
    expect(await flags(pair)).toEqual([true, true])
    for (const photo of pair) expectHidden(await restSighting(payload, photo))

    const published = await asMarketing(id, { _status: 'published' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    for (const photo of pair) expectSeen(await restSighting(payload, photo))

    const unpublished = await asMarketing(id, { _status: 'draft' })
    expect(unpublished.status, JSON.stringify(unpublished.body)).toBe(200)
    for (const photo of pair) expectHidden(await restSighting(payload, photo))
  })

  it('publishing and unpublishing on schedule, run by the jobs worker, does the same', async () => {
    const pair = await photos()
    const id = await study(pair)
    const scheduled = async (type: 'publish' | 'unpublish') => {
      const waitUntil = new Date(Date.now() + 1_000)
      await payload.jobs.queue({ task: 'schedulePublish', input: { type, doc: { relationTo: 'case-studies', value: String(id) as never }, user: { relationTo: 'users', value: seed.users.marketing } }, waitUntil })
      await sleep(waitUntil.getTime() - Date.now() + 200)
      await payload.jobs.run({ queue: 'default' })
    }
    await scheduled('publish')
    expect((await payload.findByID({ collection: 'case-studies', id, depth: 0, overrideAccess: true }))._status).toBe('published')
    for (const photo of pair) expectSeen(await restSighting(payload, photo))
    await scheduled('unpublish')
    expect((await payload.findByID({ collection: 'case-studies', id, depth: 0, overrideAccess: true }))._status).toBe('draft')
    for (const photo of pair) expectHidden(await restSighting(payload, photo))
  })

  it('a photo that a published and an unpublished case study share stays public, until neither is live', async () => {
    const pair = await photos()
    const live = await study(pair, 'published')
    await study(pair)
    expect(await flags(pair)).toEqual([false, false])
    expect((await asMarketing(live, { _status: 'draft' })).status).toBe(200)
    expect(await flags(pair)).toEqual([true, true])
  })

  it('a new photo in a draft on top of a live case study is private until that draft is published', async () => {
    const [before, after, replacement] = await photos(3)
    const id = await study([before!, after!], 'published')
    const draft = await rest('PATCH', `case-studies/${id}?depth=0&draft=true`, { token: s.ownerLeeds!.token, body: { imagePairs: [{ before, after: replacement, view: 'top' }] } })
    expect(draft.status, JSON.stringify(draft.body)).toBe(200)
    expect(await flags([before!, after!, replacement!])).toEqual([false, false, true])

    expect((await asMarketing(id, { _status: 'published' })).status).toBe(200)
    // The replaced photo is no live case study's any more: back to the clinic and the brand team.
    expect(await flags([before!, after!, replacement!])).toEqual([false, true, false])
  })

  it('a photo a team member (public) shows is public; once it no longer does, private again', async () => {
    const pair = await photos()
    await study(pair)
    const member = await throwaway(payload, seed, 'team-members', seed.clinics.leeds, { photo: pair[0] })
    made.team.push(member)
    expect(await flags(pair)).toEqual([false, true])
    const changed = await rest('PATCH', `team-members/${member}?depth=0`, { token: s.ownerLeeds!.token, body: { photo: null } })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    expect(await flags(pair)).toEqual([true, true])
  })

  it('a published page showing the photo makes it public; a draft page does not', async () => {
    const pair = await photos()
    await study(pair)
    const page = await throwaway(payload, seed, 'pages', seed.clinics.leeds, { _status: 'draft', seo: { metaDescription: 'A page about results.', shareImage: pair[1] } })
    made.pages.push(page)
    expect(await flags(pair)).toEqual([true, true])
    const published = await rest('PATCH', `pages/${page}?depth=0`, { token: s.ownerLeeds!.token, body: { _status: 'published' } })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(await flags(pair)).toEqual([true, false])
  })

  it('deleting an unpublished case study leaves its photos private', async () => {
    const pair = await photos()
    const id = await study(pair)
    const deleted = await rest('DELETE', `case-studies/${id}`, { token: s.ownerLeeds!.token })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect(await flags(pair)).toEqual([true, true])
  })
})
