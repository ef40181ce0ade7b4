import type { Payload } from 'payload'

/**
 * Uploads a generated image once: the file name is its key, so a second seed run finds it and
 * skips the (slow) rendering.
 */
export const ensureImage = async (
  payload: Payload,
  { name, alt, clinic, render }: { name: string; alt: string; clinic?: number; render: () => Promise<Buffer> },
): Promise<number> => {
  const found = await payload.find({
    collection: 'media',
    where: { filename: { equals: name } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs[0]) return found.docs[0].id
  const data = await render()
  const mimetype = name.endsWith('.png') ? 'image/png' : 'image/jpeg'
  const created = await payload.create({
    collection: 'media',
    data: { alt, clinic },
    file: { data, mimetype, name, size: data.length },
    overrideAccess: true,
    depth: 0,
  })
  return created.id
}
