import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { idOf } from '@/lib/relationships'

/** Two clinics may both have an "offers" page; one clinic may not have two. */
export const ensureSlugUniquePerClinic: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const slug = data?.slug ?? originalDoc?.slug
  const clinic = idOf(data?.clinic ?? originalDoc?.clinic)
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
