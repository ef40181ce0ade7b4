import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Lead, LeadPhoto, PrivacyLog } from '@/payload-types'

import { restResponse } from './api'

/* Leads, their photos and the privacy log, as the lead-handling tests make and inspect them. */

const DAY = 24 * 60 * 60 * 1000
let counter = 0
export const uniqueTag = (tag: string) => `${tag}${process.pid}x${Date.now().toString(36)}x${++counter}`

/** A lead written without access rules (as the intake would), `ageDays` old. */
export const makeLead = async (payload: Payload, clinic: number, patch: Partial<Lead> & { ageDays?: number } = {}): Promise<Lead> => {
  const { ageDays = 0, ...fields } = patch
  const tag = uniqueTag('lead')
  return payload.create({
    collection: 'leads',
    data: {
      clinic,
      name: `Probe Person ${tag}`,
      email: `${tag}@example.invalid`,
      phone: '+44 7700 900999',
      preferredContact: 'phone',
      privacyConsent: true,
      status: 'new',
      createdAt: new Date(Date.now() - ageDays * DAY).toISOString(),
      ...fields,
    } as never,
    overrideAccess: true,
    depth: 0,
  })
}

/** A scalp photo of `clinic` (a plain PNG, large enough to get its thumbnail), stored where lead photos live. */
export const makeLeadPhoto = async (payload: Payload, clinic: number): Promise<LeadPhoto> => {
  const data = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#8a7060' } }).png().toBuffer()
  const file = { data, mimetype: 'image/png', name: `${uniqueTag('scalp')}.png`, size: data.length }
  return payload.create({ collection: 'lead-photos', data: { clinic }, file, overrideAccess: true, depth: 0 })
}

/** The files of a lead photo on disk: the original and each size. */
export const photoFiles = (photo: LeadPhoto): string[] => {
  const folder = path.join(process.env.STIPPLE_MEDIA_DIR ?? 'media', 'private', 'lead-photos')
  const names = [photo.filename, ...Object.values(photo.sizes ?? {}).map((size) => size?.filename)]
  return names.filter((name): name is string => Boolean(name)).map((name) => path.join(folder, name))
}
export const filesLeft = (files: string[]) => files.filter((file) => existsSync(file))

/** The newest privacy-log entry's id, so a test can read what it added afterwards. */
export const lastPrivacyLogId = async (payload: Payload): Promise<number> =>
  (await payload.find({ collection: 'privacy-log', sort: '-id', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id ?? 0

export const privacyLogAfter = async (payload: Payload, afterId: number): Promise<PrivacyLog[]> =>
  (await payload.find({ collection: 'privacy-log', where: { id: { greater_than: afterId } }, sort: 'id', depth: 0, pagination: false, overrideAccess: true }))
    .docs

/** The only keys a privacy-log entry may have: nothing that names or reaches the person. */
export const PRIVACY_LOG_KEYS = ['id', 'action', 'lead', 'count', 'clinic', 'by', 'createdAt', 'updatedAt']

/**
 * A strict RFC 4180 reader, written apart from the exporter so it checks it: quoted cells with
 * doubled quotes, CRLF between records, and an error for a bare quote or line break out of quotes.
 */
export const parseCsv = (text: string): string[][] => {
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  let wasQuoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (quoted) {
      if (char !== '"') cell += char
      else if (text[i + 1] === '"') (cell += '"'), i++
      else quoted = false
    } else if (char === '"') {
      if (cell !== '' || wasQuoted) throw new Error(`Stray quote at ${i}`)
      quoted = wasQuoted = true
    } else if (char === ',') {
      record.push(cell), (cell = ''), (wasQuoted = false)
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(cell), records.push(record), (record = []), (cell = ''), (wasQuoted = false), i++
    } else if (char === '\r' || char === '\n') {
      throw new Error(`Line break outside quotes at ${i}`)
    } else if (wasQuoted) {
      throw new Error(`Text after a closing quote at ${i}`)
    } else cell += char
  }
  if (quoted || cell !== '' || record.length > 0) throw new Error('The last record is not ended by CRLF')
  return records
}

export type CsvDownload = { status: number; headers: Headers; bytes: Uint8Array; text: string; records: Record<string, string>[]; header: string[] }

/** `GET /api/<path>` as the holder of `token`, read as the bytes a browser would save. */
export const downloadCsv = async (pathAndQuery: string, token?: string): Promise<CsvDownload> => {
  const response = await restResponse('GET', pathAndQuery, { token })
  const bytes = new Uint8Array(await response.arrayBuffer())
  // ignoreBOM keeps the byte-order mark in the text, so a test can see it is there.
  const text = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes)
  if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/csv')) {
    return { status: response.status, headers: response.headers, bytes, text, records: [], header: [] }
  }
  const [header = [], ...rows] = parseCsv(text.replace(/^\uFEFF/, ''))
  const records = rows.map((row) => {
    if (row.length !== header.length) throw new Error(`A record has ${row.length} cells, the header ${header.length}`)
    return Object.fromEntries(header.map((name, i) => [name, row[i]!]))
  })
  return { status: response.status, headers: response.headers, bytes, text, records, header }
}

/** Ids of the leads in an export, sorted. */
export const exportedIds = (download: CsvDownload): number[] => download.records.map((r) => Number(r['Lead number'])).sort((a, b) => a - b)

/** Ids of every lead of these clinics (all clinics when none are given), read without access rules. */
export const leadIdsOf = async (payload: Payload, clinics?: number[]): Promise<number[]> => {
  const { docs } = await payload.find({
    collection: 'leads',
    where: clinics ? { clinic: { in: clinics } } : undefined,
    select: {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.id).sort((a, b) => a - b)
}

export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY).toISOString()
