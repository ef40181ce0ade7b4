import type { Payload } from 'payload'

import { DEMO_CLINICS } from './data/clinics'
import { DEMO_FAQS } from './data/faqs'
import { DEMO_TEAM } from './data/team'
import { renderClinicLogo, renderHeroImage, renderPortrait } from './images'
import { ensureImage } from './media'
import { richText } from './richText'
import { upsert } from './upsert'

/** The demo clinics with their branding, hours, prices, team and local FAQs; returns ids by slug. */
export const seedClinics = async (payload: Payload, treatments: Map<string, number>): Promise<Map<string, number>> => {
  const clinics = new Map<string, number>()
  for (const [index, clinic] of DEMO_CLINICS.entries()) {
    const logo = await ensureImage(payload, {
      name: `logo-${clinic.slug}.png`,
      alt: `${clinic.name} logo`,
      render: () => renderClinicLogo({ name: clinic.name, initials: clinic.initials, primary: clinic.colours.primaryColour, accent: clinic.colours.accentColour }),
    })
    const heroImage = await ensureImage(payload, {
      name: `hero-${clinic.slug}.jpg`,
      alt: `Soft stippled pattern in ${clinic.name}’s colours`,
      render: () => renderHeroImage({ seed: index + 1, primary: clinic.colours.primaryColour, accent: clinic.colours.accentColour }),
    })
    const id = await upsert(payload, 'clinics', { slug: { equals: clinic.slug } }, {
      name: clinic.name,
      slug: clinic.slug,
      status: 'live',
      hostnames: [{ hostname: `${clinic.slug}.localhost` }, { hostname: `${clinic.slug}.stipple.example` }],
      branding: { logo, heroImage, tagline: clinic.tagline, fontPairing: clinic.fontPairing, ...clinic.colours },
      contact: clinic.contact,
      country: 'GB',
      currency: 'GBP',
      timeZone: 'Europe/London',
      openingHours: clinic.openingHours,
      treatmentsOffered: Object.entries(clinic.prices).map(([slug, [priceFrom, priceTo, availability]]) => ({
        treatment: treatments.get(slug)!,
        priceFrom,
        priceTo,
        availability,
        stagePrices: clinic.stagePrices[slug] ?? [],
      })),
      leadRouting: { notificationEmails: [{ email: clinic.contact.email }] },
      retentionDays: 730,
      privacyNotice: clinic.privacyNotice,
      seo: {
        metaTitle: `${clinic.name} · Scalp micro-pigmentation in ${clinic.contact.city}`,
        metaDescription: `Free consultations for scalp micro-pigmentation, scar camouflage and hair density treatments at ${clinic.name}, ${clinic.contact.city}.`,
      },
    })
    clinics.set(clinic.slug, id)
  }
  return clinics
}

export const seedLocalFaqs = async (payload: Payload, clinics: Map<string, number>) => {
  for (const faq of DEMO_FAQS.filter((f) => f.clinic)) {
    const clinic = clinics.get(faq.clinic!)!
    await upsert(payload, 'faqs', { and: [{ question: { equals: faq.question } }, { clinic: { equals: clinic } }] }, {
      question: faq.question,
      answer: richText(...faq.answer),
      category: faq.category,
      order: faq.order,
      clinic,
      _status: 'published',
    })
  }
}

/** Returns team member ids by clinic slug, in display order. */
export const seedTeam = async (payload: Payload, clinics: Map<string, number>): Promise<Map<string, number[]>> => {
  const team = new Map<string, number[]>()
  for (const member of DEMO_TEAM) {
    const clinic = clinics.get(member.clinic)!
    const photo = await ensureImage(payload, {
      name: `team-${member.seed}.jpg`,
      alt: `Illustrated portrait of ${member.name}`,
      clinic,
      render: () => renderPortrait({ seed: member.seed, skinTone: member.skinTone }),
    })
    const id = await upsert(payload, 'team-members', { and: [{ name: { equals: member.name } }, { clinic: { equals: clinic } }] }, {
      name: member.name,
      jobTitle: member.jobTitle,
      bio: member.bio,
      order: member.order,
      photo,
      clinic,
      consults: member.consults ?? false,
      workingHours: member.workingHours ?? [],
    })
    team.set(member.clinic, [...(team.get(member.clinic) ?? []), id])
  }
  return team
}
