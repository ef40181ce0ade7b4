import type { Payload } from 'payload'

import { siteRoutes } from '@/lib/sites/routes'

import { DEMO_CASE_STUDIES } from './data/caseStudies'
import { DEMO_LEADS } from './data/leads'
import { demoConsentPdf } from './consentPdf'
import { renderScalpPair } from './images'
import { ensureImage } from './media'
import { richText } from './richText'
import { upsert } from './upsert'

const ensureConsentForm = async (payload: Payload, slug: string, title: string, clinic: number) => {
  const name = `consent-${slug}.pdf`
  const found = await payload.find({ collection: 'consent-forms', where: { filename: { equals: name } }, limit: 1, overrideAccess: true })
  if (found.docs[0]) return found.docs[0].id
  const data = demoConsentPdf(title)
  const created = await payload.create({
    collection: 'consent-forms',
    data: { signedOn: '2026-01-15', clinic },
    file: { data, mimetype: 'application/pdf', name, size: data.length },
    overrideAccess: true,
  })
  return created.id
}

/** Before/after case studies (one left as a draft awaiting review), with generated illustrations. */
export const seedCaseStudies = async (
  payload: Payload,
  clinics: Map<string, number>,
  treatments: Map<string, number>,
  team: Map<string, number[]>,
) => {
  for (const study of DEMO_CASE_STUDIES) {
    const clinic = clinics.get(study.clinic)!
    let pair: Promise<{ before: Buffer; after: Buffer }> | undefined
    const rendered = () => (pair ??= renderScalpPair(study.image))
    const before = await ensureImage(payload, {
      name: `case-${study.slug}-before.jpg`,
      alt: `Illustration: scalp before treatment, ${study.title.toLowerCase()}`,
      clinic,
      render: async () => (await rendered()).before,
    })
    const after = await ensureImage(payload, {
      name: `case-${study.slug}-after.jpg`,
      alt: `Illustration: scalp after treatment, ${study.title.toLowerCase()}`,
      clinic,
      render: async () => (await rendered()).after,
    })
    const consent = study.published
      ? { onRecord: true, recordedOn: '2026-01-15', document: await ensureConsentForm(payload, study.slug, study.title, clinic) }
      : { onRecord: false }
    await upsert(
      payload,
      'case-studies',
      { slug: { equals: study.slug } },
      {
        title: study.title,
        slug: study.slug,
        clinic,
        treatment: treatments.get(study.treatment)!,
        practitioner: team.get(study.clinic)?.[0],
        brandWide: study.brandWide,
        imagePairs: [{ before, after, view: 'top' }],
        sessions: study.sessions,
        weeksFirstToLast: study.weeksFirstToLast,
        client: study.client as never,
        story: richText(...study.story),
        consent,
        // A published demo result went through review; the unpublished one is still the clinic's draft.
        review: { state: study.published ? 'approved' : 'notSubmitted' },
        disclaimer: 'Individual results vary. These illustrations show one client’s result and are not a guarantee.',
        _status: study.published ? 'published' : 'draft',
      },
      { draft: !study.published },
    )
  }
}

/** A handful of made-up leads per clinic. */
export const seedLeads = async (payload: Payload, clinics: Map<string, number>, treatments: Map<string, number>) => {
  for (const lead of DEMO_LEADS) {
    const clinic = clinics.get(lead.clinic)!
    await upsert(payload, 'leads', { and: [{ email: { equals: lead.email } }, { clinic: { equals: clinic } }] }, {
      clinic,
      name: lead.name,
      email: lead.email,
      phone: lead.phone,
      preferredContact: 'phone',
      treatmentOfInterest: treatments.get(lead.treatment),
      concern: lead.concern,
      privacyConsent: true,
      marketingOptIn: false,
      status: lead.status,
      source: { landingPage: `http://${lead.clinic}.localhost:3000${siteRoutes.book}`, utmSource: lead.utmSource },
    })
  }
}
