import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { idOf } from '@/lib/relationships'
import { siteRoutes } from '@/lib/sites/routes'

// The first part of every address the site itself answers (its pages, fonts, sitemap and share
// image): a clinic page there would never be shown.
const SITE_OWN = new Set([...Object.values(siteRoutes).flatMap((path) => (typeof path === 'string' ? [path.split('/')[1]] : [])), 'fonts', 'sitemap-xml', 'opengraph-image'])

/** Two clinics may both have an "offers" page; one clinic may not have two, nor one where the site has its own. */
export const ensureSlugUniquePerClinic: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const slug = data?.slug ?? originalDoc?.slug
  const clinic = idOf(data?.clinic ?? originalDoc?.clinic)
  if (typeof slug === 'string' && SITE_OWN.has(slug)) {
    throw new ValidationError({ errors: [{ path: 'slug', message: `/${slug} is one of the site's own pages; choose another address for this page.` }] })
  }
  if (typeof slug !== 'string' || clinic === undefined) return data
  const clash = await req.payload.count({
    collection: 'pages',
    where: {
      and: [
        { slug: { equals: slug } },
        { clinic: { equals: clinic } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    overrideAccess: true,
    req,
  })
  if (clash.totalDocs > 0) {
    throw new ValidationError({ errors: [{ path: 'slug', message: `This clinic already has a page at /${slug}.` }] })
  }
  return data
}
