import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

/* A real SMTP server for tests to receive the platform's mail, and readers for what arrives. */

export type ReceivedMail = { from: string; to: string[]; raw: string }

export type SmtpReceiver = {
  port: number
  url: string
  mails: ReceivedMail[]
  stop: () => Promise<void>
}

/** Listens on 127.0.0.1 (a free port, or `port` to come back where clients expect it). */
export const startSmtpReceiver = async (port = 0, mails: ReceivedMail[] = []): Promise<SmtpReceiver> => {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk) => (raw += chunk))
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
        mails.push({ from, to: session.envelope.rcptTo.map((recipient) => recipient.address), raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const listening = (server.server.address() as AddressInfo).port
  return {
    port: listening,
    url: `smtp://127.0.0.1:${listening}`,
    mails,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The Subject header, with MIME encoded words (non-ASCII subjects, RFC 2047 Q or B) decoded. */
export const subjectOf = (raw: string) => {
  const header = (/^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '').replace(/\r?\n[ \t]/g, ' ')
  return header.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) => {
    if (kind.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8')
    const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  })
}

/** The whole mail with quoted-printable soft breaks and escapes undone. */
export const decodedOf = (raw: string) => {
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

/** The HTML part of a mail, decoded. */
export const htmlOf = (raw: string) => {
  const decoded = decodedOf(raw)
  return decoded.slice(decoded.indexOf('<!doctype html>'))
}
