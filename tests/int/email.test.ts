import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type ReceivedMail, type SmtpReceiver, startSmtpReceiver } from '../helpers/smtp'

/**
 * Outgoing mail through a real SMTP exchange: an `smtp-server` receiver stands in for the mail
 * server named by SMTP_URL, and Payload's own mails (password reset) must arrive there.
 */
describe('outgoing mail over SMTP_URL', () => {
  const received: ReceivedMail[] = []
  let smtp: SmtpReceiver | undefined
  let payload: Payload
  let rest: typeof import('../helpers/api').rest

  beforeAll(async () => {
    smtp = await startSmtpReceiver(0, received)
    // Set before the config is first imported: it reads the environment once.
    process.env.SMTP_URL = smtp.url
    process.env.MAIL_FROM = '"Stipple Test" <mail@stipple.test>'
    const { testPayload } = await import('../helpers/payload')
    payload = await testPayload()
    rest = (await import('../helpers/api')).rest
  })

  afterAll(async () => {
    await payload?.destroy()
    await smtp?.stop()
    delete process.env.SMTP_URL
    delete process.env.MAIL_FROM
  })

  it('delivers a password-reset mail from MAIL_FROM to the person who asked', async () => {
    const response = await rest('POST', 'users/forgot-password', { body: { email: 'owner.leeds@stipple.localhost' } })
    expect(response.status).toBe(200)
    const deadline = Date.now() + 10_000
    while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(received).toHaveLength(1)
    const [mail] = received
    expect(mail.from).toBe('mail@stipple.test')
    expect(mail.to).toEqual(['owner.leeds@stipple.localhost'])
    expect(mail.raw).toMatch(/^From: "?Stipple Test"? <mail@stipple\.test>/m)
    expect(mail.raw).toMatch(/reset/i)
  })
})
