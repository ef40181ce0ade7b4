import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Clinic } from '@/payload-types'

import * as helpers from '../helpers/leads'
import { htmlOf, type ReceivedMail, type SmtpReceiver, startSmtpReceiver, subjectOf } from '../helpers/smtp'

// Quick retries for the test; read when the mail tasks are first imported (above), hence hoisted.
vi.hoisted(() => {
  process.env.MAIL_RETRY_DELAY_MS = '200'
})

/*
 * Lead mails through a real SMTP exchange: the clinic's notification and the visitor's
 * confirmation arrive at an `smtp-server` receiver; while that server is down every lead is still
 * stored, and every mail arrives once it is back — none lost, none twice.
 */
const until = async (check: () => boolean | Promise<boolean>, what: string, ms = 30_000, step?: () => Promise<unknown>) => {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await step?.()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('lead mails', () => {
  const received: ReceivedMail[] = []
  let smtp: SmtpReceiver | undefined
  let port: number
  let payload: Payload
  let context: import('../helpers/leads').TestContext
  let londonClinic: Clinic
  const created: number[] = []

  const startSmtp = async (listenOn: number) => {
    smtp = await startSmtpReceiver(listenOn, received)
    return smtp.port
  }
  const stopSmtp = async () => smtp?.stop()
  const runMailJobs = () => payload.jobs.run({ queue: 'mail', limit: 100 })
  const mailJobsOpen = async () =>
    (await payload.count({ collection: 'payload-jobs', where: { and: [{ queue: { equals: 'mail' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] }, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    port = await startSmtp(0)
    // Read once by the config, so set before it is first imported.
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
    const { testPayload } = await import('../helpers/payload')
    payload = await testPayload()
    context = helpers.testContext(payload, await helpers.leadClinicOf(payload, 'london'))
    londonClinic = (await payload.find({ collection: 'clinics', where: { slug: { equals: 'london' } }, depth: 0, overrideAccess: true })).docs[0] as Clinic
    // Jobs other tests of this run left behind are not ours to send.
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
  })

  afterAll(async () => {
    if (created.length) await payload.delete({ collection: 'leads', where: { id: { in: created } }, overrideAccess: true })
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
    await payload?.destroy()
    await stopSmtp()
    delete process.env.SMTP_URL
    delete process.env.MAIL_RETRY_DELAY_MS
  })

  const submit = async (overrides: Record<string, string> = {}) => {
    const fields = helpers.visitorFields(overrides)
    const answer = await helpers.send(helpers.leadRequest(helpers.formDataOf(fields)), context)
    expect(answer.status).toBe(201)
    created.push(Number(answer.body.reference.slice(1)))
    return { fields, id: Number(answer.body.reference.slice(1)) }
  }

  it('sends the clinic a branded notification with the lead, and the visitor a confirmation', async () => {
    received.length = 0
    const { fields, id } = await submit({ name: 'Ada <b>Lovelace</b> & Co', concern: 'Receding <script>alert(1)</script> at the temples' })
    await until(async () => (await runMailJobs(), received.length >= 2), 'two mails')

    const notificationAddresses = (londonClinic.leadRouting?.notificationEmails ?? []).map((entry) => entry.email)
    expect(notificationAddresses.length).toBeGreaterThan(0)
    const toClinic = received.find((mail) => mail.to.includes(notificationAddresses[0]!))!
    const toVisitor = received.find((mail) => mail.to.includes(fields.email))!
    expect(toClinic.to.sort()).toEqual([...notificationAddresses].sort())
    expect(toClinic.raw).toMatch(new RegExp(`^Subject: New consultation request at ${londonClinic.name} \\(#${id}\\)`, 'm'))
    expect(toClinic.raw).toMatch(new RegExp(`^Reply-To: ${fields.email.replace(/\./g, '\\.')}`, 'm'))
    // The subject names no one; the body carries the lead, escaped.
    expect(toClinic.raw).not.toMatch(/^Subject:.*Lovelace/m)
    // The HTML part; the plain-text part carries the words as typed, which is safe there.
    const html = htmlOf(toClinic.raw)
    expect(html.length).toBeGreaterThan(100)
    expect(html).toContain('Ada &lt;b&gt;Lovelace&lt;/b&gt; &amp; Co')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
    expect(html).toContain(londonClinic.branding?.primaryColour ?? '#')
    expect(html).toContain(`/admin/collections/leads/${id}`)

    expect(subjectOf(toVisitor.raw)).toBe(`We have your consultation request — ${londonClinic.name}`)
    expect(htmlOf(toVisitor.raw)).toContain(`#${id}`)
    expect(received).toHaveLength(2)
  })

  it('an SMTP outage delays the mails and loses none: all arrive once the server is back, each once', async () => {
    received.length = 0
    await stopSmtp()
    const leads = []
    for (let i = 0; i < 5; i += 1) leads.push(await submit())
    // The leads are stored whatever the mail server does.
    const { totalDocs } = await payload.count({ collection: 'leads', where: { id: { in: leads.map((lead) => lead.id) } }, overrideAccess: true })
    expect(totalDocs).toBe(5)

    // A few rounds against the dead server: every attempt fails, nothing is given up.
    for (let round = 0; round < 3; round += 1) {
      await runMailJobs()
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(received).toHaveLength(0)
    const failing = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'mail' } }, overrideAccess: true, pagination: false })
    expect(failing.docs.some((job) => (job.totalTried ?? 0) > 0)).toBe(true)
    expect(failing.docs.every((job) => !job.hasError)).toBe(true)
    // The job log says what went wrong without naming the recipient.
    expect(JSON.stringify(failing.docs.map((job) => job.log))).not.toMatch(/@example\.test/)

    await startSmtp(port)
    await until(async () => received.length >= 10, '10 mails after the outage', 60_000, runMailJobs)
    for (const lead of leads) {
      expect(received.filter((mail) => mail.to.includes(lead.fields.email))).toHaveLength(1)
    }
    expect(received).toHaveLength(10)
    expect(await mailJobsOpen()).toBe(0)
  })
})
