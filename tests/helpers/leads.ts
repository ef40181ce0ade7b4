import type { Payload } from 'payload'

import { MAIL_QUEUE } from '@/jobs'
import { confirmLeadToVisitorTask, notifyClinicOfLeadTask } from '@/jobs/leadMails'
import { readEnv } from '@/lib/env'
import { issueFormToken } from '@/lib/leads/formToken'
import { handleLeadRequest, type LeadClinic, type LeadRequestContext } from '@/lib/leads/leadRequest'
import { memoryRateLimiter } from '@/lib/leads/rateLimit'
import type { Clinic } from '@/payload-types'

/* The consultation form's endpoint as the intake tests call it: in-process, with real Requests. */

/** A clinic as the lead endpoint sees it, read from the seeded database. */
export const leadClinicOf = async (payload: Payload, slug: string): Promise<LeadClinic> => {
  const { docs } = await payload.find({ collection: 'clinics', where: { slug: { equals: slug } }, depth: 1, overrideAccess: true, limit: 1 })
  const clinic = docs[0] as Clinic
  return {
    id: clinic.id,
    name: clinic.name,
    phone: clinic.contact.phone,
    primaryColour: clinic.branding?.primaryColour ?? '#1f3a5f',
    onPrimaryColour: clinic.branding?.onPrimaryColour ?? '#ffffff',
    offeredTreatmentIds: (clinic.treatmentsOffered ?? []).map((offer) => (typeof offer.treatment === 'object' ? offer.treatment.id : offer.treatment)),
  }
}

let visitor = 0
/** A different made-up visitor each call, so tests never collide on the idempotency key. */
export const visitorFields = (overrides: Record<string, string | undefined> = {}): Record<string, string> => {
  visitor += 1
  const fields: Record<string, string | undefined> = {
    name: `Test Visitor ${visitor}`,
    email: `visitor.${visitor}.${process.pid}@example.test`,
    phone: '+44 20 7946 0000',
    preferredContact: 'phone',
    preferredTime: 'morning',
    treatment: '',
    concern: 'Thinning at the crown for about three years.',
    privacyConsent: 'on',
    // Issued five seconds ago: older than the minimum fill time.
    formToken: issueFormToken(readEnv().payloadSecret, Date.now() - 5_000),
    website: '',
    ...overrides,
  }
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined))
}

export type Photo = { data: Buffer; type: string; name: string }

export const formDataOf = (fields: Record<string, string>, photos: Photo[] = []) => {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  for (const photo of photos) form.append('photos', new Blob([new Uint8Array(photo.data)], { type: photo.type }), photo.name)
  return form
}

/** A POST as the browser sends it: enhanced (`json`) or a plain form post. */
export const leadRequest = (body: FormData | string | Uint8Array, { json = true, headers = {} }: { json?: boolean; headers?: Record<string, string> } = {}) =>
  new Request('http://london.localhost:3000/book/request', {
    method: 'POST',
    body: body as BodyInit,
    headers: { ...(json ? { accept: 'application/json' } : {}), referer: 'http://london.localhost:3000/book', ...headers },
  })

export type TestContext = LeadRequestContext & { lines: string[] }

export const testContext = (payload: Payload, clinic: LeadClinic, overrides: Partial<LeadRequestContext> = {}): TestContext => {
  const lines: string[] = []
  return {
    payload,
    clinic,
    limiter: memoryRateLimiter(),
    limits: { perIp: { max: 100_000, windowMs: 60_000 }, perClinic: { max: 100_000, windowMs: 60_000 } },
    secret: readEnv().payloadSecret,
    clientIp: '203.0.113.7',
    mailJobs: { queue: MAIL_QUEUE, tasks: [notifyClinicOfLeadTask.slug, confirmLeadToVisitorTask.slug] },
    thanksPath: '/book/thanks',
    formPath: '/book',
    log: (line) => lines.push(line),
    lines,
    ...overrides,
  }
}

export const send = async (request: Request, context: LeadRequestContext) => {
  const response = await handleLeadRequest(request, context)
  const text = await response.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // HTML or empty
  }
  return { status: response.status, headers: response.headers, body, text }
}
