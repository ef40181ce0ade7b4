import { type Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { Lead } from '@/payload-types'

import { leadClinicOf } from './leads'
import { testPayload } from './payload'

/*
 * The seeded database a lead-intake test file works on: Payload, London and Manchester as the
 * endpoint sees them, and every lead the file made removed afterwards. The bindings are live:
 * they hold their values once `useLeadIntakeDatabase()`'s beforeAll has run.
 */

export let payload: Payload
export let london: Awaited<ReturnType<typeof leadClinicOf>>
export let manchester: Awaited<ReturnType<typeof leadClinicOf>>
const created: number[] = []

/** The lead a 201 answer's reference (`#123`) names, removed when the file ends. */
export const leadOf = async (reference: string) => {
  const id = Number(reference.replace('#', ''))
  removeAfterwards(id)
  return (await payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true, showHiddenFields: true })) as Lead
}

/** Leads a test found by other means than `leadOf`, removed when the file ends too. */
export const removeAfterwards = (...ids: number[]) => {
  created.push(...ids)
}

/** The jobs (mails) queued for a lead. */
export const jobsFor = async (lead: number) =>
  (await payload.find({ collection: 'payload-jobs', where: { 'input.lead': { equals: lead } }, overrideAccess: true, pagination: false })).docs

export const useLeadIntakeDatabase = () => {
  beforeAll(async () => {
    payload = await testPayload()
    london = await leadClinicOf(payload, 'london')
    manchester = await leadClinicOf(payload, 'manchester')
  })
  afterAll(async () => {
    if (created.length) await payload.delete({ collection: 'leads', where: { id: { in: created } }, overrideAccess: true })
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
    await payload.destroy()
  })
}
