import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoContent } from '@/seed'
import { DEMO_CASE_STUDIES } from '@/seed/data/caseStudies'
import { DEMO_CLINICS } from '@/seed/data/clinics'
import { DEMO_FAQS } from '@/seed/data/faqs'
import { DEMO_TREATMENTS } from '@/seed/data/treatments'
import { DEMO_PEOPLE } from '@/seed/people'

import { testPayload } from '../helpers/payload'

const COLLECTIONS: CollectionSlug[] = [
  'clinics',
  'users',
  'treatments',
  'faqs',
  'case-studies',
  'leads',
  'media',
  'consent-forms',
  'team-members',
  'pages',
  'consultation-types',
  'availability-exceptions',
  'bookings',
]

const countAll = async (payload: Payload) =>
  Object.fromEntries(
    await Promise.all(
      COLLECTIONS.map(async (collection) => [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs] as const),
    ),
  )

describe('demo content', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(async () => {
    await payload.destroy()
  })

  it('has at least three live clinics in different cities, each with its own hostname, colours, logo and hours', async () => {
    const { docs } = await payload.find({ collection: 'clinics', overrideAccess: true, depth: 1 })
    expect(docs.length).toBeGreaterThanOrEqual(3)
    expect(new Set(docs.map((c) => c.contact.city)).size).toBe(docs.length)
    expect(new Set(docs.map((c) => c.branding?.primaryColour)).size).toBe(docs.length)
    for (const clinic of docs) {
      expect(clinic.status).toBe('live')
      expect(clinic.hostnames?.map((h) => h.hostname)).toContain(`${clinic.slug}.localhost`)
      expect(clinic.branding?.logo).toMatchObject({ mimeType: 'image/png' })
      expect(clinic.openingHours?.length).toBeGreaterThan(0)
    }
  })

  it('has the brand treatments, 15+ FAQs (brand-wide and local) and 6+ case studies with generated before/after pairs', async () => {
    const treatments = await payload.find({ collection: 'treatments', overrideAccess: true, limit: 50 })
    expect(treatments.docs.map((t) => t.slug).sort()).toEqual(DEMO_TREATMENTS.map((t) => t.slug).sort())
    const faqs = await payload.find({ collection: 'faqs', overrideAccess: true, limit: 100, depth: 0 })
    expect(faqs.totalDocs).toBeGreaterThanOrEqual(15)
    expect(faqs.docs.some((f) => !f.clinic)).toBe(true)
    expect(faqs.docs.some((f) => f.clinic)).toBe(true)
    expect(faqs.totalDocs).toBe(DEMO_FAQS.length)
    const studies = await payload.find({ collection: 'case-studies', overrideAccess: true, draft: true, limit: 50, depth: 2 })
    expect(studies.totalDocs).toBe(DEMO_CASE_STUDIES.length)
    expect(studies.docs.filter((s) => s._status === 'published').length).toBeGreaterThanOrEqual(6)
    for (const study of studies.docs) {
      const pair = study.imagePairs[0]!
      const [before, after] = [pair.before, pair.after] as { width: number; height: number; filename: string }[]
      expect(before!.width).toBe(after!.width)
      expect(before!.height).toBe(after!.height)
      expect(before!.filename).not.toBe(after!.filename)
    }
  })

  it('has one demo sign-in per role, assigned to their clinics', async () => {
    const { docs } = await payload.find({ collection: 'users', overrideAccess: true, depth: 1, limit: 50 })
    expect(new Set(docs.map((u) => u.role))).toEqual(new Set(['platformAdmin', 'brandMarketing', 'franchiseOwner', 'clinicStaff']))
    for (const person of DEMO_PEOPLE) {
      const user = docs.find((u) => u.email === person.email)!
      const slugs = (user.clinics ?? []).map((row) => (row.clinic as { slug: string }).slug)
      expect(slugs).toEqual(person.clinics)
    }
  })

  it('gives each clinic two consulting practitioners, the consultations it offers and a booking at a free time in the future', async () => {
    const { docs: clinics } = await payload.find({ collection: 'clinics', overrideAccess: true, depth: 0, limit: 50 })
    for (const clinic of clinics) {
      const consulting = await payload.count({ collection: 'team-members', where: { and: [{ clinic: { equals: clinic.id } }, { consults: { equals: true } }] }, overrideAccess: true })
      expect(consulting.totalDocs, clinic.slug).toBe(2)
      expect(clinic.consultationTypesOffered?.length, clinic.slug).toBeGreaterThan(0)
      const bookings = await payload.find({ collection: 'bookings', where: { clinic: { equals: clinic.id } }, overrideAccess: true, depth: 1 })
      expect(bookings.totalDocs, clinic.slug).toBeGreaterThan(0)
      for (const booking of bookings.docs) {
        expect(Date.parse(booking.startsAt)).toBeGreaterThan(Date.now())
        expect(booking.status).toBe('booked')
        expect((booking.practitioner as { clinic: number }).clinic).toBe(clinic.id)
        expect((booking.lead as { clinic: number }).clinic).toBe(clinic.id)
      }
    }
  })

  it('running the seed again changes no counts and creates no duplicates', async () => {
    const before = await countAll(payload)
    await seedDemoContent(payload)
    const after = await countAll(payload)
    expect(after).toEqual(before)
    const { docs } = await payload.find({ collection: 'clinics', overrideAccess: true, limit: 50 })
    expect(docs.map((c) => c.slug).sort()).toEqual(DEMO_CLINICS.map((c) => c.slug).sort())
  })
})
