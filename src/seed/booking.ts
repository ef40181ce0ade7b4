import type { Payload } from 'payload'

import { availabilityQuery, readClinicCalendar } from '@/lib/booking/clinicCalendar'
import { freeTimes } from '@/lib/booking/freeTimes'

import { DEMO_BOOKINGS, DEMO_CONSULTATION_TYPES, DEMO_CONSULTATIONS_OFFERED, DEMO_EXCEPTIONS } from './data/booking'
import { DEMO_LEADS } from './data/leads'
import { upsert } from './upsert'

const MINUTE = 60_000

const idByName = async (payload: Payload, name: string, clinic: number) =>
  (await payload.find({ collection: 'team-members', where: { and: [{ name: { equals: name } }, { clinic: { equals: clinic } }] }, depth: 0, overrideAccess: true, limit: 1 })).docs[0]!.id

/** The brand's consultation types, each clinic's choice of them, and the demo time off and extra hours. */
export const seedBookingSetup = async (payload: Payload, clinics: Map<string, number>): Promise<Map<string, number>> => {
  const types = new Map<string, number>()
  for (const type of DEMO_CONSULTATION_TYPES) types.set(type.name, await upsert(payload, 'consultation-types', { name: { equals: type.name } }, { ...type }))
  for (const [slug, offered] of Object.entries(DEMO_CONSULTATIONS_OFFERED)) {
    await payload.update({
      collection: 'clinics',
      id: clinics.get(slug)!,
      data: { consultationTypesOffered: offered.map((offer) => ({ type: types.get(offer.type)!, durationMinutes: offer.durationMinutes ?? null })) },
      depth: 0,
      overrideAccess: true,
    })
  }
  for (const { clinic: slug, practitioner, ...exception } of DEMO_EXCEPTIONS) {
    const clinic = clinics.get(slug)!
    await upsert(payload, 'availability-exceptions', { and: [{ clinic: { equals: clinic } }, { note: { equals: exception.note } }] }, {
      ...exception,
      clinic,
      practitioner: practitioner ? await idByName(payload, practitioner, clinic) : null,
    })
  }
  return types
}

/**
 * A booking for some seeded leads, at one of the practitioner's free times from now on. A lead that
 * has its booking keeps it, so seeding again moves and adds nothing.
 */
export const seedBookings = async (payload: Payload, clinics: Map<string, number>, types: Map<string, number>) => {
  for (const demo of DEMO_BOOKINGS) {
    const lead = DEMO_LEADS.find((entry) => entry.email === demo.leadEmail)!
    const clinic = clinics.get(lead.clinic)!
    const leadId = (await payload.find({ collection: 'leads', where: { and: [{ email: { equals: lead.email } }, { clinic: { equals: clinic } }] }, depth: 0, overrideAccess: true, limit: 1 })).docs[0]!.id
    if ((await payload.count({ collection: 'bookings', where: { lead: { equals: leadId } }, overrideAccess: true })).totalDocs > 0) continue

    const now = Date.now()
    const calendar = (await readClinicCalendar(payload, clinic, now))!
    const type = calendar.types.find((offered) => offered.id === types.get(demo.type))!
    const practitioner = await idByName(payload, demo.practitioner, clinic)
    const free = freeTimes(availabilityQuery(calendar, type, now, practitioner))
    const startsAt = free[Math.min(demo.nthFreeTime, free.length - 1)]!.startsAt
    await payload.create({
      collection: 'bookings',
      data: {
        clinic,
        consultationType: type.id,
        practitioner,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + type.durationMinutes * MINUTE).toISOString(),
        heldUntil: new Date(startsAt + (type.durationMinutes + type.bufferMinutes) * MINUTE).toISOString(),
        status: 'booked',
        lead: leadId,
      },
      depth: 0,
      overrideAccess: true,
    })
  }
}

