import type { Payload } from 'payload'
import sharp from 'sharp'
import { expect } from 'vitest'

import type { Media } from '@/payload-types'

import { graphql, rest, restResponse } from './api'

/* Case-study photos as the privacy tests make and look at them. */

let counter = 0

/** The stored file names of an image: the original and each size. */
export const filesOf = (media: Pick<Media, 'filename' | 'sizes'>): string[] =>
  [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))

/** A new photo of `clinic` (brand-wide for `null`; 4:3 like the seeded ones, so any two make a pair), made without access rules. */
export const clinicPhoto = async (payload: Payload, clinic: number | null): Promise<Media> => {
  const name = `privacy-probe-${process.pid}-${Date.now().toString(36)}-${++counter}.jpg`
  const data = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#7a6450' } }).jpeg().toBuffer()
  return payload.create({ collection: 'media', data: { alt: 'A privacy probe', clinic: clinic ?? undefined }, file: { data, mimetype: 'image/jpeg', name, size: data.length }, overrideAccess: true, depth: 0 })
}

/** Whether each image is marked private, read without access rules. */
export const privateFlags = async (payload: Payload, ids: number[]): Promise<Record<number, boolean>> => {
  const { docs } = await payload.find({ collection: 'media', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true })
  return Object.fromEntries(docs.map((doc) => [doc.id, Boolean(doc.privateUntilPublished)]))
}

export type Sighting = { listed: boolean; byId: number; files: number[] }

/**
 * What the holder of `token` (a visitor without one) gets of an image through REST: whether a list
 * names it, the status by id, and the status of each of its files.
 */
export const restSighting = async (payload: Payload, id: number, token?: string): Promise<Sighting> => {
  const media = await payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })
  const list = await rest('GET', `media?where[id][equals]=${id}&depth=0`, { token })
  const files = []
  for (const name of filesOf(media)) files.push((await restResponse('GET', `media/file/${encodeURIComponent(name)}`, { token })).status)
  return { listed: (list.body?.docs ?? []).some((doc: { id: number }) => doc.id === id), byId: (await rest('GET', `media/${id}?depth=0`, { token })).status, files }
}

/** Whether a visitor finds the image through GraphQL (list or by id) or the Local API. */
export const visitorFindsElsewhere = async (payload: Payload, id: number): Promise<{ graphql: boolean; local: boolean }> => {
  const gql = await graphql(`{ allMedia(where: { id: { equals: ${id} } }) { docs { id } } Media(id: ${id}) { id } }`)
  const local = await payload.find({ collection: 'media', where: { id: { equals: id } }, depth: 0, overrideAccess: false })
  return { graphql: (gql.body?.data?.allMedia?.docs ?? []).length > 0 || Boolean(gql.body?.data?.Media), local: local.docs.length > 0 }
}

/** Seen everywhere: listed, by id, and every file (original and sizes). */
export const expectSeen = (seen: Sighting, label = '') => {
  expect(seen.files.length, label).toBeGreaterThan(1)
  expect(seen, label).toEqual({ listed: true, byId: 200, files: seen.files.map(() => 200) })
}

/** Refused everywhere: not listed, not found by id, every file forbidden. */
export const expectHidden = (seen: Sighting, label = '') => {
  expect(seen.files.length, label).toBeGreaterThan(1)
  expect(seen, label).toEqual({ listed: false, byId: 404, files: seen.files.map(() => 403) })
}
