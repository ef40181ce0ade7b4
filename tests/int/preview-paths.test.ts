import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isPreviewPath, previewPathOf } from '@/lib/sites/previewPath'

import { testPayload } from '../helpers/payload'

/** Where the admin's live preview opens a draft: always a clinic page on the admin's own origin. */
describe('preview paths', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })
  afterAll(async () => {
    await payload.destroy()
  })

  const one = async (collection: 'pages' | 'case-studies' | 'treatments', slug: string) => {
    const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, depth: 0, limit: 1, overrideAccess: true, draft: true })
    return docs[0] as unknown as Record<string, unknown>
  }

  it('opens a composed page on its clinic', async () => {
    const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: 'open-evening' } }, depth: 1, overrideAccess: true })
    const paths = await Promise.all(docs.map((page) => previewPathOf(payload, 'pages', page as unknown as Record<string, unknown>)))
    expect(paths.sort()).toEqual(['/clinics/leeds/open-evening', '/clinics/london/open-evening', '/clinics/manchester/open-evening'])
  })

  it('opens a case study on the clinic that treated the client, even as an unpublished draft', async () => {
    await expect(previewPathOf(payload, 'case-studies', await one('case-studies', 'leeds-crown-draft'))).resolves.toBe('/clinics/leeds/results/leeds-crown-draft')
  })

  it('opens a brand treatment on the first live clinic that offers it', async () => {
    await expect(previewPathOf(payload, 'treatments', await one('treatments', 'alopecia-coverage'))).resolves.toMatch(/^\/clinics\/[a-z-]+\/treatments\/alopecia-coverage$/)
    await expect(previewPathOf(payload, 'treatments', { slug: 'not-saved-yet' })).resolves.toBeNull()
  })

  it('never redirects off the site or into the admin', () => {
    expect(isPreviewPath('/clinics/london/faq')).toBe(true)
    for (const path of ['//evil.example/', 'https://evil.example/', '/admin', '/clinics/../admin', '/clinics/london/..', '/clinics/london\\x', '']) {
      expect(isPreviewPath(path), path).toBe(false)
    }
  })
})
