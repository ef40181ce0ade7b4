import type { Payload } from 'payload'

import { type Person, PEOPLE } from './actors'
import { idsOf } from './outcomes'

/** The ids of the seeded clinics, people and each clinic's rows, for tests that aim at them. */
export type Seed = {
  clinics: Record<'london' | 'manchester' | 'leeds', number>
  users: Record<Person, number>
  /** Row ids per tenant-scoped collection, per clinic slug (drafts included). */
  rows: Record<ClinicRowSlug, Record<'london' | 'manchester' | 'leeds', number[]>>
  brandWide: { faqs: number[]; media: number[] }
}
export type ClinicRowSlug = 'leads' | 'team-members' | 'pages' | 'case-studies' | 'consent-forms' | 'faqs' | 'media' | 'bookings' | 'availability-exceptions'
export const CLINIC_ROW_SLUGS: ClinicRowSlug[] = ['leads', 'team-members', 'pages', 'case-studies', 'consent-forms', 'faqs', 'media', 'bookings', 'availability-exceptions']

/** Ids of the seeded rows, read without access rules. */
export const loadSeed = async (payload: Payload): Promise<Seed> => {
  const clinics = {} as Seed['clinics']
  for (const slug of ['london', 'manchester', 'leeds'] as const) {
    const found = await payload.find({ collection: 'clinics', where: { slug: { equals: slug } }, overrideAccess: true, depth: 0 })
    clinics[slug] = found.docs[0]!.id
  }
  const users = {} as Seed['users']
  for (const [person, email] of Object.entries(PEOPLE) as [Person, string][]) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })
    users[person] = found.docs[0]!.id
  }
  const rows = {} as Seed['rows']
  for (const collection of CLINIC_ROW_SLUGS) {
    rows[collection] = { london: [], manchester: [], leeds: [] }
    for (const slug of ['london', 'manchester', 'leeds'] as const) {
      const found = await payload.find({
        collection,
        where: { clinic: { equals: clinics[slug] } },
        overrideAccess: true,
        draft: true,
        depth: 0,
        limit: 0,
        pagination: false,
      })
      rows[collection][slug] = idsOf(found.docs)
    }
  }
  const brandWide = { faqs: [] as number[], media: [] as number[] }
  for (const collection of ['faqs', 'media'] as const) {
    const found = await payload.find({ collection, where: { clinic: { exists: false } }, overrideAccess: true, depth: 0, pagination: false })
    brandWide[collection] = idsOf(found.docs)
  }
  return { clinics, users, rows, brandWide }
}
