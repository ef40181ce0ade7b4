import type { Payload } from 'payload'

import type { UploadFile } from './apiAdapters'
import type { Slug } from './graphqlNames'
import type { ClinicRowSlug, Seed } from './seedIds'

/* Rows made for one test and removed after it, so the seed stays as the other files expect. */

let counter = 0
const unique = (tag: string) => `${tag}-${process.pid}-${Date.now().toString(36)}-${++counter}`

const SYSTEM_KEYS = new Set(['id', 'createdAt', 'updatedAt', 'sizes', 'url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY'])

/** A stored row as input for a new one: no ids of its own, timestamps or file metadata. */
export const asInput = (value: unknown): any => {
  if (Array.isArray(value)) return value.map(asInput)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !SYSTEM_KEYS.has(key)).map(([key, inner]) => [key, asInput(inner)]))
  }
  return value
}

export const pngFile = async (name = 'probe.png'): Promise<UploadFile> => {
  const sharp = (await import('sharp')).default
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#808080' } }).png().toBuffer()
  return { data, mimetype: 'image/png', name }
}

export const pdfFile = async (name = 'probe-consent.pdf'): Promise<UploadFile> => {
  const { demoConsentPdf } = await import('@/seed/consentPdf')
  return { data: demoConsentPdf('Probe'), mimetype: 'application/pdf', name }
}

/**
 * Valid input for a new row of `collection` belonging to `clinic` (brand-wide when `null`, where the
 * collection allows it), modelled on a seeded row; uploads come with their file.
 */
export const sampleRow = async (
  payload: Payload,
  seed: Seed,
  collection: Slug,
  clinic: number | null,
): Promise<{ data: Record<string, any>; file?: UploadFile }> => {
  const tag = unique('probe')
  const copy = async (slug: Slug, id: number) => asInput(await payload.findByID({ collection: slug, id, depth: 0, draft: true, overrideAccess: true }))
  const slugOf = Object.entries(seed.clinics).find(([, id]) => id === clinic)?.[0] as keyof Seed['clinics'] | undefined
  const own = (c: ClinicRowSlug) => seed.rows[c][slugOf ?? 'london'][0]!
  switch (collection) {
    case 'clinics': {
      // Stage prices are left out: their select values ("norwood-2") are renamed enums in GraphQL.
      const london = await copy('clinics', seed.clinics.london)
      const treatmentsOffered = london.treatmentsOffered.map(({ stagePrices: _stagePrices, ...offer }: Record<string, unknown>) => offer)
      return { data: { ...london, treatmentsOffered, name: `Probe ${tag}`, slug: tag, status: 'draft', hostnames: [{ hostname: `${tag}.localhost` }] } }
    }
    case 'users':
      return { data: { email: `${tag}@example.invalid`, password: 'probe-password-123', name: 'Probe Person', role: 'clinicStaff', clinics: clinic ? [{ clinic }] : [] } }
    case 'treatments': {
      const first = (await payload.find({ collection: 'treatments', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
      const { stagePriceProposals: _proposals, ...row } = await copy('treatments', first.id)
      return { data: { ...row, title: `Probe ${tag}`, slug: tag, _status: 'draft' } }
    }
    case 'faqs':
      return { data: { ...(await copy('faqs', seed.brandWide.faqs[0]!)), question: `Probe ${tag}?`, clinic } }
    case 'case-studies': {
      // The client profile is left out: its select values ("35-44") are renamed enums in GraphQL.
      const { client: _client, ...row } = await copy('case-studies', own('case-studies'))
      return { data: { ...row, title: `Probe ${tag}`, slug: tag, clinic, _status: 'draft', consent: { onRecord: false } } }
    }
    case 'leads':
      return { data: { ...(await copy('leads', own('leads'))), email: `${tag}@example.invalid`, name: 'Probe Lead', clinic, status: 'new', notes: [] } }
    case 'media':
      return { data: { alt: `Probe ${tag}`, clinic }, file: await pngFile(`${tag}.png`) }
    case 'lead-photos':
      return { data: { clinic }, file: await pngFile(`${tag}.png`) }
    case 'privacy-log':
      return { data: { action: 'leadErased', lead: 1, clinic } }
    case 'publish-log':
      return { data: { action: 'published', collectionName: 'pages', document: 1, clinic } }
    case 'consent-forms':
      return { data: { signedOn: '2026-02-01', clinic }, file: await pdfFile(`${tag}.pdf`) }
    case 'team-members':
      return { data: { ...(await copy('team-members', own('team-members'))), name: `Probe ${tag}`, clinic } }
    case 'pages':
      return { data: { ...(await copy('pages', own('pages'))), title: `Probe ${tag}`, slug: tag, clinic, _status: 'draft' } }
    case 'consultation-types':
      return { data: { name: `Probe ${tag}`, durationMinutes: 25, bufferMinutes: 5 } }
    case 'availability-exceptions': {
      // The practitioner is the row's clinic's own (one who consults), as the field requires.
      const { practitioner } = await copy('bookings', own('bookings'))
      return { data: { kind: 'closed', startsOn: '2031-02-03', note: `Probe ${tag}`, practitioner, clinic } }
    }
    case 'bookings': {
      // Years before every seeded booking, so the database's no-double-booking rule never refuses it,
      // and past, so it can be marked attended or no-show (a booking still to come cannot).
      const start = Date.parse('2001-02-03T10:00:00Z') + Math.floor(Math.random() * 100_000) * 3_600_000
      const iso = (minutes: number) => new Date(start + minutes * 60_000).toISOString()
      const { lead: _lead, ...row } = await copy('bookings', own('bookings'))
      return { data: { ...row, clinic, startsAt: iso(0), endsAt: iso(30), heldUntil: iso(45), status: 'booked' } }
    }
    case 'reviews':
      // No lead: one review per lead and round, and a probe must never take a real lead's place.
      return { data: { clinic, round: 'first', submittedAt: new Date().toISOString(), rating: 3, text: `Probe review ${tag}.`, displayName: 'Probe P.', ownExperience: true, status: 'published' } }
  }
}

/** A new row made without access rules, for a test to read, change or delete. */
export const throwaway = async (payload: Payload, seed: Seed, collection: Slug, clinic: number | null, patch: Record<string, unknown> = {}): Promise<number> => {
  const { data, file } = await sampleRow(payload, seed, collection, clinic)
  const created = await payload.create({
    collection,
    data: { ...data, ...patch } as never,
    draft: (patch._status ?? data._status) === 'draft' ? true : undefined,
    file: file ? { ...file, size: file.data.length } : undefined,
    overrideAccess: true,
    depth: 0,
  })
  return Number((created as { id: number }).id)
}

/** Removes rows a test made (and whatever a successful create returned); missing rows are fine. */
export const removeRows = async (payload: Payload, collection: Slug, ids: (number | undefined | null)[]) => {
  for (const id of ids) {
    if (id === undefined || id === null) continue
    await payload.delete({ collection, id, overrideAccess: true }).catch(() => undefined)
  }
}

export const exists = async (payload: Payload, collection: Slug, id: number): Promise<boolean> =>
  (await payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1
