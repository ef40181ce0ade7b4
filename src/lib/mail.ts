import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import type { StippleEnv } from './env'

/**
 * Without `SMTP_URL` mails are not sent, and the log says so by subject only: Payload's own
 * fallback would log the recipient, and a visitor's e-mail address is personal data.
 */
const logSubjectOnly =
  (env: Pick<StippleEnv, 'mailFrom'>): EmailAdapter =>
  ({ payload }) => ({
    name: 'log-subject-only',
    defaultFromAddress: env.mailFrom.address,
    defaultFromName: env.mailFrom.name,
    sendEmail: async (message) => {
      payload.logger.info(`Mail not sent (no SMTP_URL configured): "${String(message.subject ?? '')}"`)
    },
  })

/**
 * Outgoing mail over SMTP when `SMTP_URL` is set — never the nodemailer adapter's default, which
 * would fetch a test account from the web. The transport is not verified at start: a mail server
 * that is down must not stop the platform (mail jobs retry until it is back).
 */
export const mailAdapter = (env: Pick<StippleEnv, 'smtpUrl' | 'mailFrom'>) =>
  env.smtpUrl
    ? nodemailerAdapter({
        defaultFromAddress: env.mailFrom.address,
        defaultFromName: env.mailFrom.name,
        transport: nodemailer.createTransport(env.smtpUrl),
        skipVerify: true,
      })
    : logSubjectOnly(env)
