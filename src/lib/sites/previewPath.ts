import type { Payload } from 'payload'

import { idOf, populated } from '@/lib/relationships'
import type { CaseStudy, Page, Treatment } from '@/payload-types'

import { clinicPathBase, siteRoutes } from './routes'

/*
 * Where a draft is previewed. Always on the admin's own origin through the `/clinics/<slug>` path,
 * because the editor's session cookie belongs to that origin, not to the clinics' hosts.
 */

/** Only paths of a clinic site on this origin: never another host, never a protocol-relative URL. */
export const isPreviewPath = (path: string) => /^\/clinics\/[a-z0-9-]+(\/[a-z0-9-]*)*$/.test(path)

const slugOfClinic = async (payload: Payload, clinic: Page['clinic'] | CaseStudy['clinic'] | undefined) => {
  const slug = populated(clinic)?.slug
  if (slug) return slug
  const id = idOf(clinic)
  if (id === undefined) return null
  const found = await payload.findByID({ collection: 'clinics', id, depth: 0, overrideAccess: true, select: { slug: true } })
  return found?.slug ?? null
}

export const previewPathOf = async (payload: Payload, collection: string, data: Record<string, unknown>): Promise<string | null> => {
  if (collection === 'pages') {
    const page = data as Partial<Page>
    const clinic = await slugOfClinic(payload, page.clinic)
    return clinic && page.slug ? `${clinicPathBase(clinic)}${siteRoutes.page(page.slug)}` : null
  }
  if (collection === 'case-studies') {
    const result = data as Partial<CaseStudy>
    const clinic = await slugOfClinic(payload, result.clinic)
    return clinic && result.slug ? `${clinicPathBase(clinic)}${siteRoutes.result(result.slug)}` : null
  }
  if (collection === 'treatments') {
    const treatment = data as Partial<Treatment>
    if (!treatment.id || !treatment.slug) return null
    // A brand treatment is seen on the sites of the clinics that offer it: preview it on the first.
    const { docs } = await payload.find({
      collection: 'clinics',
      where: { and: [{ status: { equals: 'live' } }, { 'treatmentsOffered.treatment': { equals: treatment.id } }] },
      sort: 'name',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { slug: true },
    })
    return docs[0] ? `${clinicPathBase(docs[0].slug)}${siteRoutes.treatment(treatment.slug)}` : null
  }
  return null
}
