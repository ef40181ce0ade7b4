import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

/** Two clinics answering on one hostname would send visitors and their leads to the wrong clinic. */
export const ensureUniqueHostnames: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const rows = (data?.hostnames ?? []) as { hostname?: string }[]
  const names = rows.map((row) => row.hostname?.trim().toLowerCase()).filter((h): h is string => Boolean(h))
  if (names.length === 0) return data
  if (new Set(names).size !== names.length) {
    throw new ValidationError({
      errors: [{ message: 'The same hostname is listed twice.', path: 'hostnames' }],
    })
  }
  const taken = await req.payload.find({
    collection: 'clinics',
    where: {
      and: [
        { 'hostnames.hostname': { in: names } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (taken.docs.length > 0) {
    throw new ValidationError({
      errors: [{ message: `A hostname is already used by the clinic “${taken.docs[0]!.name}”.`, path: 'hostnames' }],
    })
  }
  return data
}
