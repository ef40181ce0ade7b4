import 'server-only'

import type { Where } from 'payload'

import { tags } from '@/lib/cache/tags'
import type { BrandSetting, CaseStudy, Faq, LegalText, Page, TeamMember, Treatment } from '@/payload-types'

import { sitePayload } from './payload'
import { cachedRead, visitorRead } from './reader'

/*
 * Everything a public page reads, each read cached under the tags of what it returns. Reads run
 * without a user and with `overrideAccess: false`: visitors get exactly what the access rules
 * publish (published versions, live clinics, no personal or consent data). An editor previewing
 * drafts reads through the same functions with their own access (see reader.ts).
 */


const brandOrClinic = (clinicId: number | null): Where =>
  clinicId === null ? { clinic: { exists: false } } : { or: [{ clinic: { exists: false } }, { clinic: { equals: clinicId } }] }

export const getTreatments = () =>
  cachedRead(['treatments'], [tags.treatments, tags.media], async (as): Promise<Treatment[]> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({ collection: 'treatments', sort: 'title', depth: 1, pagination: false, ...as })
    return docs
  })

export const getTreatment = (slug: string) =>
  cachedRead(['treatment', slug], [tags.treatments, tags.media, tags.brandFaqs], async (as): Promise<Treatment | null> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'treatments',
      where: { slug: { equals: slug } },
      depth: 1,
      limit: 1,
      ...as,
    })
    return docs[0] ?? null
  })

/** Brand-wide questions, plus this clinic's own when a clinic is given. */
export const getFaqs = (clinicId: number | null) =>
  cachedRead(
    ['faqs', String(clinicId)],
    [tags.brandFaqs, ...(clinicId === null ? [] : [tags.clinicFaqs(clinicId)])],
    async (as): Promise<Faq[]> => {
      const payload = await sitePayload()
      const { docs } = await payload.find({
        collection: 'faqs',
        where: brandOrClinic(clinicId),
        sort: ['order', 'question'],
        depth: 0,
        pagination: false,
        ...as,
      })
      return docs
    },
  )

/** A clinic's own published results and the brand-wide ones; without a clinic, the brand-wide ones. */
export const getResults = (clinicId: number | null) =>
  cachedRead(
    ['results', String(clinicId)],
    [tags.brandResults, tags.treatments, tags.media, ...(clinicId === null ? [] : [tags.clinicResults(clinicId)])],
    async (as): Promise<CaseStudy[]> => {
      const payload = await sitePayload()
      const where: Where =
        clinicId === null ? { brandWide: { equals: true } } : { or: [{ brandWide: { equals: true } }, { clinic: { equals: clinicId } }] }
      const { docs } = await payload.find({
        collection: 'case-studies',
        where,
        sort: '-updatedAt',
        depth: 1,
        pagination: false,
        ...as,
      })
      return docs
    },
  )

export const getTeam = (clinicId: number) =>
  cachedRead(['team', String(clinicId)], [tags.team(clinicId), tags.media], async (as): Promise<TeamMember[]> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'team-members',
      where: { clinic: { equals: clinicId } },
      sort: 'order',
      depth: 1,
      pagination: false,
      ...as,
    })
    return docs
  })

export const getPages = (clinicId: number) =>
  cachedRead(['pages', String(clinicId)], [tags.pages(clinicId), tags.media], async (as): Promise<Page[]> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'pages',
      where: { clinic: { equals: clinicId } },
      sort: 'title',
      depth: 1,
      pagination: false,
      ...as,
    })
    return docs
  })

export const getBrandSettings = () =>
  cachedRead(['brand-settings'], [tags.brandSettings, tags.media], async (as): Promise<BrandSetting> => {
    const payload = await sitePayload()
    return payload.findGlobal({ slug: 'brand-settings', depth: 1, ...as })
  })

export const getLegalTexts = () =>
  cachedRead(['legal-texts'], [tags.legalTexts], async (as): Promise<LegalText> => {
    const payload = await sitePayload()
    return payload.findGlobal({ slug: 'legal-texts', depth: 0, ...as })
  })

/** A published review as the clinic's site shows it: no lead, no withholding record. */
export type ShownReview = { id: number; rating: number; text: string; displayName: string; submittedAt: string; treatment: string | null; ownerReply: string | null; repliedAt: string | null }

/**
 * A clinic's published reviews, newest first — every one, critical ones included. The same for
 * everyone (reviews have no drafts), so a preview reads the visitors' copy.
 */
export const getReviews = (clinicId: number) =>
  visitorRead(['reviews', String(clinicId)], [tags.clinicReviews(clinicId), tags.treatments], async (as): Promise<ShownReview[]> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'reviews',
      where: { clinic: { equals: clinicId } },
      sort: '-submittedAt',
      depth: 1,
      populate: { treatments: { title: true } },
      select: { rating: true, text: true, displayName: true, submittedAt: true, treatment: true, ownerReply: true, repliedAt: true },
      pagination: false,
      ...as,
    })
    return docs.map((review) => ({
      id: review.id,
      rating: review.rating,
      text: review.text,
      displayName: review.displayName,
      submittedAt: review.submittedAt,
      treatment: typeof review.treatment === 'object' && review.treatment ? review.treatment.title : null,
      ownerReply: review.ownerReply?.trim() ? review.ownerReply : null,
      repliedAt: review.repliedAt ?? null,
    }))
  })
