/**
 * Every environment variable Stipple reads, checked once at start-up so a mistake is one clear
 * line instead of a stack trace from deep inside a driver.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export type StippleEnv = {
  production: boolean
  databaseUri: string
  payloadSecret: string
  serverUrl: string
  smtpUrl: string | undefined
  mailFrom: { name: string; address: string }
  redisUrl: string | undefined
}

const MIN_SECRET_LENGTH = 32

const parseUrl = (name: string, value: string, protocols: string[]): string => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(`${name} is not a valid URL (got "${value.slice(0, 60)}").`)
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got ${url.protocol}//).`)
  }
  return value
}

const optional = (value: string | undefined): string | undefined => (value && value.trim() !== '' ? value.trim() : undefined)

/** "Name <address>" or a bare address, as mail clients show the sender. */
const parseMailFrom = (value: string) => {
  const match = /^\s*(?:"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))\s*$/.exec(value)
  if (!match) throw new ConfigError(`MAIL_FROM must look like "Stipple <no-reply@example.com>" (got "${value}").`)
  return { name: (match[1] ?? '').trim() || 'Stipple', address: match[2] ?? match[3] }
}

export const readEnv = (source: NodeJS.ProcessEnv = process.env): StippleEnv => {
  const production = source.NODE_ENV === 'production'

  const databaseUri = optional(source.DATABASE_URI)
  if (!databaseUri) {
    throw new ConfigError('DATABASE_URI is not set. Start Stipple with "npm run dev" or "npm start", which provide one, or set it.')
  }
  parseUrl('DATABASE_URI', databaseUri, ['postgres:', 'postgresql:'])

  const payloadSecret = optional(source.PAYLOAD_SECRET)
  if (!payloadSecret || payloadSecret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      `PAYLOAD_SECRET must be at least ${MIN_SECRET_LENGTH} characters${payloadSecret ? ` (it has ${payloadSecret.length})` : ' and is not set'}. Generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`,
    )
  }

  const serverUrl = parseUrl('SERVER_URL', optional(source.SERVER_URL) ?? 'http://localhost:3000', ['http:', 'https:']).replace(/\/$/, '')
  const smtpUrl = optional(source.SMTP_URL)
  if (smtpUrl) parseUrl('SMTP_URL', smtpUrl, ['smtp:', 'smtps:'])
  const redisUrl = optional(source.REDIS_URL)
  if (redisUrl) parseUrl('REDIS_URL', redisUrl, ['redis:', 'rediss:'])
  const mailFrom = parseMailFrom(optional(source.MAIL_FROM) ?? 'Stipple <no-reply@stipple.example>')

  return { production, databaseUri, payloadSecret, serverUrl, smtpUrl, mailFrom, redisUrl }
}
