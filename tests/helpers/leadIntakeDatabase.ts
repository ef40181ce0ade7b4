import { type Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { Lead } from '@/payload-types'

import { leadClinicOf } from './leads'
import { testPayload } from './payload'

/*
 * The seeded database a lead-intake test file works on: Payload, London and Manchester as the
 * endpoint sees them, and every lead and booking stored while the file ran (spam and repeats
 * included) removed afterwards. The bindings are live: they hold their values once
 * `useLeadIntakeDatabase()`'s beforeAll has run.
 */

export let payload: Payload
export let london: Awaited<ReturnType<typeof leadClinicOf>>
export let manchester: Awaited<ReturnType<typeof leadClinicOf>>
let lastLeadBefore = 0
let lastBookingBefore = 0

/** The lead a 201 answer's reference (`#123`) names. */
export const leadOf = async (reference: string) => {
  const id = Number(reference.replace('#', ''))
  return (await payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true, showHiddenFields: true })) as Lead
}

/** The jobs (mails) queued for a lead. */
export const jobsFor = async (lead: number) =>
  (await payload.find({ collection: 'payload-jobs', where: { 'input.lead': { equals: lead } }, overrideAccess: true, pagination: false })).docs

export const useLeadIntakeDatabase = () => {
  beforeAll(async () => {
    payload = await testPayload()
    london = await leadClinicOf(payload, 'london')
    manchester = await leadClinicOf(payload, 'manchester')
    const { docs } = await payload.find({ collection: 'leads', sort: '-id', limit: 1, depth: 0, overrideAccess: true })
    lastLeadBefore = docs[0]?.id ?? 0
    const bookings = await payload.find({ collection: 'bookings', sort: '-id', limit: 1, depth: 0, overrideAccess: true })
    lastBookingBefore = bookings.docs[0]?.id ?? 0
  })
  afterAll(async () => {
    // A lead's erasure keeps its booking (the clinic's calendar stays whole): both go here.
    await payload.delete({ collection: 'bookings', where: { id: { greater_than: lastBookingBefore } }, overrideAccess: true })
    await payload.delete({ collection: 'leads', where: { id: { greater_than: lastLeadBefore } }, overrideAccess: true })
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
    await payload.destroy()
  })
}
