import { describe, expect, it } from 'vitest'

import { LEAD_BODY_BYTES as MAX_BODY_BYTES } from '@/lib/leads/fields'
import { memoryRateLimiter } from '@/lib/leads/rateLimit'

import { jobsFor, leadOf, london, manchester, payload, removeAfterwards, useLeadIntakeDatabase } from '../helpers/leadIntakeDatabase'
import { formDataOf, leadRequest, send, testContext, visitorFields } from '../helpers/leads'

/*
 * The consultation form's endpoint, called in-process with real Request objects on the seeded
 * PostgreSQL: what is stored, and what is refused and how.
 */

useLeadIntakeDatabase()

/** An answer, its lead (if it stored one) removed when the file ends. */
const stored = async (answer: Awaited<ReturnType<typeof send>>) => {
  if (answer.status === 201) await leadOf(answer.body.reference)
  return answer
}

describe('a valid request', () => {
  it('is stored on the clinic whose site it came from, with its attribution and both mail jobs, in one go', async () => {
    const fields = visitorFields({
      treatment: String(london.offeredTreatmentIds[0]),
      marketingOptIn: 'on',
      landingPage: 'http://london.localhost:3000/treatments/scar-camouflage?utm_source=google&utm_medium=cpc&utm_campaign=winter',
      referrer: 'https://www.google.com/',
    })
    const answer = await send(leadRequest(formDataOf(fields)), testContext(payload, london))
    expect(answer.status).toBe(201)
    expect(answer.body).toMatchObject({ status: 'received', reference: expect.stringMatching(/^#\d+$/) })

    const lead = await leadOf(answer.body.reference)
    expect(lead).toMatchObject({
      clinic: london.id,
      name: fields.name,
      email: fields.email,
      phone: fields.phone,
      preferredContact: 'phone',
      preferredTime: 'morning',
      treatmentOfInterest: london.offeredTreatmentIds[0],
      privacyConsent: true,
      marketingOptIn: true,
      status: 'new',
      source: { utmSource: 'google', utmMedium: 'cpc', utmCampaign: 'winter', referrer: 'https://www.google.com/' },
    })
    expect(lead.source?.landingPage).toContain('/treatments/scar-camouflage')

    const jobs = await jobsFor(lead.id)
    expect(jobs.map((job) => job.taskSlug).sort()).toEqual(['confirmLeadToVisitor', 'notifyClinicOfLead'])
    // Jobs carry the lead's number only: the jobs table holds no personal data.
    expect(JSON.stringify(jobs.map((job) => job.input))).not.toContain(fields.email)
  })

  it('answers a plain form post (JavaScript off) with a redirect to the thank-you page', async () => {
    const fields = visitorFields()
    const answer = await send(leadRequest(formDataOf(fields), { json: false }), testContext(payload, london, { thanksPath: '/clinics/london/book/thanks' }))
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe('/clinics/london/book/thanks')
    const { docs } = await payload.find({ collection: 'leads', where: { email: { equals: fields.email } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    removeAfterwards(docs[0]!.id)
    // Without the form's own attribution fields, the page the form was on stands in.
    expect(docs[0]!.source?.landingPage).toBe('http://london.localhost:3000/book')
  })

  it('takes url-encoded forms too', async () => {
    const fields = visitorFields()
    const answer = await send(
      leadRequest(new URLSearchParams(fields).toString(), { headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      testContext(payload, manchester),
    )
    expect(answer.status).toBe(201)
    expect((await leadOf(answer.body.reference)).clinic).toBe(manchester.id)
  })
})

describe('requests it refuses, each with a clear answer', () => {
  it('415 for a body that is not a form', async () => {
    const answer = await send(leadRequest(JSON.stringify(visitorFields()), { headers: { 'content-type': 'application/json' } }), testContext(payload, london))
    expect(answer.status).toBe(415)
    expect(answer.body).toMatchObject({ status: 'unsupported', message: expect.stringContaining('multipart/form-data') })
  })

  it('413 for a body declared larger than the limit, before reading it', async () => {
    const request = new Request('http://london.localhost/book/request', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(MAX_BODY_BYTES + 1) },
      body: 'x',
    })
    const answer = await send(request, testContext(payload, london))
    expect(answer.status).toBe(413)
    expect(answer.body.status).toBe('tooLarge')
  })

  it('413 for a body that turns out larger than the limit while streaming', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(97)
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES + chunk.length) return controller.close()
        sent += chunk.length
        controller.enqueue(chunk)
      },
    })
    const request = new Request('http://london.localhost/book/request', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'multipart/form-data; boundary=x' },
      body,
      duplex: 'half',
    } as RequestInit)
    const answer = await send(request, testContext(payload, london))
    expect(answer.status).toBe(413)
    // It stopped reading soon after the limit instead of swallowing the whole stream.
    expect(sent).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * chunk.length)
  })

  it('400 for a malformed multipart body', async () => {
    const answer = await send(
      leadRequest('--nope\r\nthis is not multipart', { headers: { 'content-type': 'multipart/form-data; boundary=other' } }),
      testContext(payload, london),
    )
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ status: 'invalid', message: expect.stringMatching(/could not be read/) })
  })

  it('400 with a message per field for answers that do not pass', async () => {
    const answer = await send(
      leadRequest(formDataOf(visitorFields({ name: '   ', email: 'not-an-email', phone: 'call me', privacyConsent: undefined, treatment: '999999' }))),
      testContext(payload, london),
    )
    expect(answer.status).toBe(400)
    expect(Object.keys(answer.body.errors).sort()).toEqual(['email', 'name', 'phone', 'privacyConsent', 'treatment'])
    expect(answer.body.errors.privacyConsent).toMatch(/privacy notice/)
  })

  it('a treatment another clinic offers but this one does not is refused', async () => {
    const elsewhere = manchester.offeredTreatmentIds.find((id) => !london.offeredTreatmentIds.includes(id))
    const answer = await send(leadRequest(formDataOf(visitorFields({ treatment: String(elsewhere ?? 999_999) }))), testContext(payload, london))
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toHaveProperty('treatment')
  })

  it('without JavaScript the refusal is a complete page naming each problem and the clinic’s phone', async () => {
    const answer = await send(leadRequest(formDataOf(visitorFields({ email: 'x@' })), { json: false }), testContext(payload, london))
    expect(answer.status).toBe(400)
    expect(answer.headers.get('content-type')).toMatch(/text\/html/)
    expect(answer.text).toContain('Your request was not sent')
    expect(answer.text).toContain('E-mail:')
    expect(answer.text).toContain(london.phone)
  })

  it('429 after too many requests from one visitor, junk included, with Retry-After and the phone number', async () => {
    const limiter = memoryRateLimiter()
    const limits = { perIp: { max: 3, windowMs: 60_000 }, perClinic: { max: 100, windowMs: 60_000 } }
    const from = (clientIp: string) => testContext(payload, london, { limiter, limits, clientIp })
    const statuses: number[] = []
    // An empty form counts against its sender as much as a good one does.
    statuses.push((await send(leadRequest(formDataOf({})), from('198.51.100.1'))).status)
    for (const ip of ['198.51.100.1', '198.51.100.1', '198.51.100.1']) {
      const answer = await send(leadRequest(formDataOf(visitorFields())), from(ip))
      statuses.push(answer.status)
      if (answer.status === 201) await leadOf(answer.body.reference)
      else {
        expect(answer.body).toMatchObject({ status: 'tooMany', phone: london.phone })
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
      }
    }
    expect(statuses).toEqual([400, 201, 201, 429])
    // Another address of the same IPv6 /64 is the same visitor; another /64 is not.
    for (const address of ['2001:db8:1:2::1', '2001:db8:1:2:ffff::9', '2001:db8:1:2::3']) await stored(await send(leadRequest(formDataOf(visitorFields())), from(address)))
    expect((await send(leadRequest(formDataOf(visitorFields())), from('2001:db8:1:2::77'))).status).toBe(429)
    expect((await stored(await send(leadRequest(formDataOf(visitorFields())), from('2001:db8:1:3::1')))).status).toBe(201)
  })

  it('past the clinic’s ceiling a lead is kept for spam review, never refused; junk does not count towards it', async () => {
    const limiter = memoryRateLimiter()
    const limits = { perIp: { max: 100, windowMs: 60_000 }, perClinic: { max: 2, windowMs: 60_000 } }
    const context = (clientIp: string) => testContext(payload, london, { limiter, limits, clientIp })
    // Junk from many addresses: invalid forms, the honeypot, no token. None of it uses up the ceiling.
    for (let i = 0; i < 5; i += 1) {
      expect((await send(leadRequest(formDataOf({ name: 'x' })), context(`198.51.100.${10 + i}`))).status).toBe(400)
      await stored(await send(leadRequest(formDataOf(visitorFields({ website: 'http://spam.example' }))), context(`198.51.100.${20 + i}`)))
      await stored(await send(leadRequest(formDataOf(visitorFields({ formToken: undefined }))), context(`198.51.100.${30 + i}`)))
    }
    const leads = []
    const first = visitorFields()
    const answer = await send(leadRequest(formDataOf(first)), context('198.51.100.40'))
    leads.push(await leadOf(answer.body.reference))
    // The same form again, and its token replayed with other answers: no new lead, so nothing counted.
    for (let i = 0; i < 3; i += 1) {
      expect((await send(leadRequest(formDataOf(first)), context(`198.51.100.${50 + i}`))).body.reference).toBe(answer.body.reference)
      expect((await send(leadRequest(formDataOf(visitorFields({ formToken: first.formToken }))), context(`198.51.100.${60 + i}`))).status).toBe(409)
    }
    for (let i = 0; i < 2; i += 1) {
      const next = await send(leadRequest(formDataOf(visitorFields())), context(`198.51.100.${41 + i}`))
      expect(next.status).toBe(201)
      leads.push(await leadOf(next.body.reference))
    }
    expect(leads.map((lead) => lead.status)).toEqual(['new', 'new', 'spam'])
    expect(leads[2]!.spamReason).toMatch(/more than 2 requests within 1 minutes/)
    expect(await jobsFor(leads[2]!.id)).toHaveLength(0)
  })
})
