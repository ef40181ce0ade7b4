import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'

/*
 * Rich text is shown on public pages. It may embed site images and link site content, never a
 * lead's photos, a signed consent form or a lead.
 */

type Feature = { sanitizedServerFeatureProps?: { enabledCollections?: string[]; disabledCollections?: string[] } }

describe('rich text embeds', () => {
  let payload: Payload
  let features: Map<string, Feature>

  beforeAll(async () => {
    payload = await testPayload()
    features = (payload.config.editor as unknown as { editorConfig: { resolvedFeatureMap: Map<string, Feature> } }).editorConfig.resolvedFeatureMap
  })
  afterAll(async () => payload.destroy())

  it('uploads come from the media library only', () => {
    expect(features.get('upload')?.sanitizedServerFeatureProps?.enabledCollections).toEqual(['media'])
  })

  it('links point at treatments, case studies, pages and FAQs only', () => {
    const enabled = features.get('relationship')?.sanitizedServerFeatureProps?.enabledCollections ?? []
    expect([...enabled].sort()).toEqual(['case-studies', 'faqs', 'pages', 'treatments'])
    for (const secret of ['leads', 'lead-photos', 'consent-forms', 'users', 'privacy-log']) expect(enabled).not.toContain(secret)
  })
})
