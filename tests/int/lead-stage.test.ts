import sharp from 'sharp'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Lead, LeadPhoto } from '@/payload-types'

import * as helpers from '../helpers/leads'
import { htmlOf, type ReceivedMail, type SmtpReceiver, startSmtpReceiver } from '../helpers/smtp'

vi.hoisted(() => {
  process.env.MAIL_RETRY_DELAY_MS = '200'
})

/*
 * What the guided check adds to a consultation request, in-process on the seeded PostgreSQL: the
 * visitor's hair-loss stage on the lead (a made-up one refused, nothing stored), guided photos kept
 * with the view of the head they show, and the clinic's notification (through a real SMTP exchange)
 * naming both.
 */

describe('the hair-loss stage and guided photos on a lead', () => {
  const received: ReceivedMail[] = []
  let smtp: SmtpReceiver
  let payload: Payload
  let context: helpers.TestContext
  let lastLeadBefore = 0
  // Imported after SMTP_URL is set: the config reads it once, when first imported.
  let signedIn: (email: string) => Promise<string>
  let rest: typeof import('../helpers/api').rest

  beforeAll(async () => {
    smtp = await startSmtpReceiver(0, received)
    // Read once by the config, so set before it is first imported.
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    const { demoToken, testPayload } = await import('../helpers/payload')
    rest = (await import('../helpers/api')).rest
    payload = await testPayload()
    signedIn = (email) => demoToken(payload, email)
    context = helpers.testContext(payload, await helpers.leadClinicOf(payload, 'london'))
    lastLeadBefore = (await payload.find({ collection: 'leads', sort: '-id', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id ?? 0
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
  })

  afterAll(async () => {
    // Deleting a lead erases its photos (rows and files) too.
    await payload.delete({ collection: 'leads', where: { id: { greater_than: lastLeadBefore } }, overrideAccess: true })
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
    await payload.destroy()
    await smtp.stop()
    delete process.env.SMTP_URL
    delete process.env.MAIL_RETRY_DELAY_MS
  })

  const leadOf = async (reference: string) =>
    (await payload.findByID({ collection: 'leads', id: Number(reference.slice(1)), depth: 1, overrideAccess: true })) as Lead
  const leadCount = async () => (await payload.count({ collection: 'leads', overrideAccess: true })).totalDocs
  const photoOf = async (background: string, name: string) => ({
    data: await sharp({ create: { width: 480, height: 360, channels: 3, background } }).jpeg().toBuffer(),
    type: 'image/jpeg',
    name,
  })

  it('stores the stage the visitor chose', async () => {
    const answer = await helpers.send(helpers.leadRequest(helpers.formDataOf(helpers.visitorFields({ hairLossStage: 'norwood-4' }))), context)
    expect(answer.status).toBe(201)
    expect((await leadOf(answer.body.reference)).hairLossStage).toBe('norwood-4')
  })

  it('shows the stage to the lead’s clinic, and not to brand marketing, who reads leads without their health data', async () => {
    const answer = await helpers.send(helpers.leadRequest(helpers.formDataOf(helpers.visitorFields({ hairLossStage: 'scar-large' }))), context)
    const path = `leads/${answer.body.reference.slice(1)}?depth=0`
    const asOwner = await rest('GET', path, { token: await signedIn('owner.london@stipple.localhost') })
    expect(asOwner.body.hairLossStage).toBe('scar-large')
    const asMarketing = await rest('GET', path, { token: await signedIn('marketing@stipple.localhost') })
    expect(asMarketing.status).toBe(200)
    expect(asMarketing.body.hairLossStage ?? null).toBeNull()
    const asOtherOwner = await rest('GET', path, { token: await signedIn('owner.manchester@stipple.localhost') })
    expect(asOtherOwner.status).toBe(404)
  })

  it('stores no stage when none is chosen ("Not sure")', async () => {
    const answer = await helpers.send(helpers.leadRequest(helpers.formDataOf(helpers.visitorFields({ hairLossStage: '' }))), context)
    expect(answer.status).toBe(201)
    expect((await leadOf(answer.body.reference)).hairLossStage ?? null).toBeNull()
  })

  it('refuses a made-up stage with an error on that field, and stores nothing', async () => {
    for (const made of ['norwood-9', 'NORWOOD-4', '<script>', 'norwood-4 ']) {
      const before = await leadCount()
      const answer = await helpers.send(helpers.leadRequest(helpers.formDataOf(helpers.visitorFields({ hairLossStage: made }))), context)
      if (made === 'norwood-4 ') {
        // Surrounding spaces are cleaned like every typed field: the stage is ours.
        expect(answer.status).toBe(201)
        continue
      }
      expect(answer.status, made).toBe(400)
      expect(answer.body.errors.hairLossStage).toMatch(/listed stages/)
      expect(await leadCount()).toBe(before)
    }
  })

  it('keeps guided photos with their view, beside a photo sent without one, and the notification names the stage and the views', async () => {
    received.length = 0
    const form = helpers.formDataOf(helpers.visitorFields({ hairLossStage: 'ludwig-2' }), [await photoOf('#806040', 'any.jpg')])
    const front = await photoOf('#a07050', 'front.jpg')
    const crown = await photoOf('#503020', 'crown.jpg')
    form.append('photoFront', new Blob([new Uint8Array(front.data)], { type: front.type }), front.name)
    form.append('photoCrown', new Blob([new Uint8Array(crown.data)], { type: crown.type }), crown.name)
    const answer = await helpers.send(helpers.leadRequest(form), context)
    expect(answer.status).toBe(201)
    const lead = await leadOf(answer.body.reference)
    const views = (lead.photos as LeadPhoto[]).map((photo) => photo.view ?? null)
    expect(views).toEqual([null, 'front', 'crown'])

    // Earlier tests' leads queued mails too: this lead's notification is the one naming its number.
    const subject = `(#${lead.id})`
    const notification = () => received.find((mail) => /^Subject: New consultation request/m.test(mail.raw) && mail.raw.includes(subject))
    const deadline = Date.now() + 30_000
    while (!notification() && Date.now() < deadline) {
      await payload.jobs.run({ queue: 'mail', limit: 100 })
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const toClinic = notification()
    expect(toClinic, received.map((mail) => mail.raw.match(/^Subject: .*$/m)?.[0]).join('\n')).toBeDefined()
    const html = htmlOf(toClinic!.raw)
    expect(html).toContain('Hair loss (stage)')
    expect(html).toContain('Ludwig II')
    expect(html).toContain('3 attached (front, crown)')
  })

  it('counts guided photos against the same limit of three', async () => {
    const before = await leadCount()
    const form = helpers.formDataOf(helpers.visitorFields(), [await photoOf('#806040', 'a.jpg'), await photoOf('#806041', 'b.jpg')])
    for (const field of ['photoTop', 'photoLeft']) {
      const photo = await photoOf('#604020', `${field}.jpg`)
      form.append(field, new Blob([new Uint8Array(photo.data)], { type: photo.type }), photo.name)
    }
    const answer = await helpers.send(helpers.leadRequest(form), context)
    expect(answer.status).toBe(400)
    expect(answer.body.errors.photos).toMatch(/at most 3 photos/)
    expect(await leadCount()).toBe(before)
  })
})
