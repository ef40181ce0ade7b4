import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { tags } from '@/lib/cache/tags'
import type { BrandSetting, CaseStudy, Faq, LegalText, Page, TeamMember, Treatment } from '@/payload-types'

import { sitePayload } from './payload'

/*
 * Everything a public page reads, each read cached under the tags of what it returns. Reads run
 * without a user and with `overrideAccess: false`: visitors get exactly what the access rules
 * publish (published versions, live clinics, no personal or consent data).
 */

const cached = <T>(key: string[], cacheTags: string[], read: () => Promise<T>) => unstable_cache(read, key, { tags: cacheTags })()

const brandOrClinic = (clinicId: number | null): Where =>
  clinicId === null ? { clinic: { exists: false } } : { or: [{ clinic: { exists: false } }, { clinic: { equals: clinicId } }] }

export const getTreatments = () =>
  cached(['treatments'], [tags.treatments, tags.media], async (): Promise<Treatment[]> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({ collection: 'treatments', sort: 'title', depth: 1, pagination: false, overrideAccess: false })
    return docs
  })

export const getTreatment = (slug: string) =>
  cached(['treatment', slug], [tags.treatments, tags.media, tags.brandFaqs], async (): Promise<Treatment | null> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'treatments',
      where: { slug: { equals: slug } },
      depth: 1,
      limit: 1,
      overrideAccess: false,
    })
    return docs[0] ?? null
  })

/** Brand-wide questions, plus this clinic's own when a clinic is given. */
export const getFaqs = (clinicId: number | null) =>
  cached(
    ['faqs', String(clinicId)],
    [tags.brandFaqs, ...(clinicId === null ? [] : [tags.clinicFaqs(clinicId)])],
    async (): Promise<Faq[]> => {
      const payload = await sitePayload()
      const { docs } = await payload.find({
        collection: 'faqs',
        where: brandOrClinic(clinicId),
        sort: ['order', 'question'],
        depth: 0,
        pagination: false,
        overrideAccess: false,
      })
      return docs
    },
  )

/** A clinic's own published results and the brand-wide ones; without a clinic, the brand-wide ones. */
export const getResults = (clinicId: number | null) =>
  cached(
    ['results', String(clinicId)],
    [tags.brandResults, tags.treatments, tags.media, ...(clinicId === null ? [] : [tags.clinicResults(clinicId)])],
    async (): Promise<CaseStudy[]> => {
      const payload = await sitePayload()
      const where: Where =
        clinicId === null ? { brandWide: { equals: true } } : { or: [{ brandWide: { equals: true } }, { clinic: { equals: clinicId } }] }
      const { docs } = await payload.find({
        collection: 'case-studies',
        where,
        sort: '-updatedAt',
        depth: 1,
        pagination: false,
        overrideAccess: false,
      })
      return docs
    },
  )

export const getTeam = (clinicId: number) =>
  cached(['team', String(clinicId)], [tags.team(clinicId), tags.media], async (): Promise<TeamMember[]> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'team-members',
      where: { clinic: { equals: clinicId } },
      sort: 'order',
      depth: 1,
      pagination: false,
      overrideAccess: false,
    })
    return docs
  })

export const getPages = (clinicId: number) =>
  cached(['pages', String(clinicId)], [tags.pages(clinicId), tags.media], async (): Promise<Page[]> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'pages',
      where: { clinic: { equals: clinicId } },
      sort: 'title',
      depth: 1,
      pagination: false,
      overrideAccess: false,
    })
    return docs
  })

export const getBrandSettings = () =>
  cached(['brand-settings'], [tags.brandSettings, tags.media], async (): Promise<BrandSetting> => {
    const payload = await sitePayload()
    return payload.findGlobal({ slug: 'brand-settings', depth: 1, overrideAccess: false })
  })

export const getLegalTexts = () =>
  cached(['legal-texts'], [tags.legalTexts], async (): Promise<LegalText> => {
    const payload = await sitePayload()
    return payload.findGlobal({ slug: 'legal-texts', depth: 0, overrideAccess: false })
  })
