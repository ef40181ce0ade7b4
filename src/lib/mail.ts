import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import type { StippleEnv } from './env'

/**
 * Outgoing mail over SMTP when `SMTP_URL` is set. Without it Payload writes mails to its log —
 * never the adapter's default, which would fetch a test account from the web. The transport is not
 * verified at start: a mail server that is down must not stop the platform.
 */
export const mailAdapter = (env: Pick<StippleEnv, 'smtpUrl' | 'mailFrom'>) =>
  env.smtpUrl
    ? nodemailerAdapter({
        defaultFromAddress: env.mailFrom.address,
        defaultFromName: env.mailFrom.name,
        transport: nodemailer.createTransport(env.smtpUrl),
        skipVerify: true,
      })
    : undefined
