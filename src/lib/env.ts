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
  /** PostgreSQL read replicas for reads; writes and a writer's next reads stay on DATABASE_URI. */
  readReplicaUris: string[]
  payloadSecret: string
  serverUrl: string
  smtpUrl: string | undefined
  mailFrom: { name: string; address: string }
  redisUrl: string | undefined
  /** S3-compatible bucket for uploads; undefined keeps them on local disk under STIPPLE_MEDIA_DIR. */
  objectStorage: ObjectStorage | undefined
  /** Folder of uploads on local disk (STIPPLE_MEDIA_DIR, default `media`); the tests give each run its own. */
  mediaDir: string
  /** First retry delay of a mail job; doubles on every further attempt. */
  mailRetryDelayMs: number
  leadLimits: LeadLimits
  /** Proxies in front of the app that append the visitor's address to X-Forwarded-For (0: none, the socket is the visitor). */
  trustedProxyHops: number
  /** The caching tier(s) in front of the app (Varnish, a CDN) that every expiry also purges; undefined: none. */
  cacheTier: CacheTier | undefined
}

/** Where purges go (CDN_PURGE_URLS) and the secret that proves they come from the app (CDN_PURGE_SECRET). */
export type CacheTier = {
  purgeUrls: string[]
  purgeSecret: string
  /** First retry delay of a purge a tier did not take; doubles on every further attempt. */
  retryDelayMs: number
}

/**
 * Consultation requests per visitor (every request counts) and per clinic (only leads that pass
 * every check count; beyond it they are kept for spam review), each within a window.
 */
export type LeadLimits = {
  perIp: { max: number; windowMs: number }
  perClinic: { max: number; windowMs: number }
}

/** Where uploads go when S3_BUCKET is set (AWS S3, MinIO or any S3-compatible store). */
export type ObjectStorage = {
  bucket: string
  region: string
  /** For S3-compatible stores (MinIO, R2 …); unset for AWS itself. */
  endpoint: string | undefined
  /** `http://host/bucket/key` instead of `http://bucket.host/key`; MinIO needs it. */
  forcePathStyle: boolean
  /** Unset: the AWS SDK's own chain (instance role, AWS_* variables, ~/.aws). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined
}

const MIN_SECRET_LENGTH = 32
const GENERATE_SECRET = `Generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('hex'))"`
/** Words of the placeholders that documentation and example files ship with; a generated secret holds none. */
const PLACEHOLDER_WORDS = /change[-_ ]?me|replace[-_ ]?me|placeholder|secret|password|example|insecure|default/gi

/**
 * The placeholder word in a secret, as a person types it (lower case, upper case or Capitalised):
 * random base64 spells "SeCrEt" about once in twenty million, and is not refused for it.
 */
const placeholderIn = (secret: string): string | undefined =>
  [...secret.matchAll(PLACEHOLDER_WORDS)]
    .map(([word]) => word)
    .find((word) => word === word.toUpperCase() || word.replace(/(^|[-_ ])[A-Z]/g, (start) => start.toLowerCase()) === word.toLowerCase())

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

const positiveInteger = (name: string, value: string | undefined, fallback: number): number => {
  const text = optional(value)
  if (text === undefined) return fallback
  const number = Number(text)
  if (!Number.isInteger(number) || number < 1) throw new ConfigError(`${name} must be a whole number above 0 (got "${text.slice(0, 20)}").`)
  return number
}

const wholeNumber = (name: string, value: string | undefined, fallback: number): number => {
  const text = optional(value)
  if (text === undefined) return fallback
  const number = Number(text)
  if (!Number.isInteger(number) || number < 0 || number > 10) throw new ConfigError(`${name} must be a whole number from 0 to 10 (got "${text.slice(0, 20)}").`)
  return number
}

/** "Name <address>" or a bare address, as mail clients show the sender. */
const parseMailFrom = (value: string) => {
  const match = /^\s*(?:"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s]+@[^<>\s]+))\s*$/.exec(value)
  if (!match) throw new ConfigError(`MAIL_FROM must look like "Stipple <no-reply@example.com>" (got "${value}").`)
  return { name: (match[1] ?? '').trim() || 'Stipple', address: match[2] ?? match[3] }
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

const readObjectStorage = (source: NodeJS.ProcessEnv, production: boolean): ObjectStorage | undefined => {
  const bucket = optional(source.S3_BUCKET)
  if (!bucket) {
    const stray = S3_VARIABLES.find((name) => optional(source[name]) !== undefined)
    if (stray) throw new ConfigError(`${stray} is set but S3_BUCKET is not: set S3_BUCKET to keep uploads in that bucket, or unset the S3_ variables to keep them on local disk.`)
    return undefined
  }
  if (!BUCKET_NAME.test(bucket)) throw new ConfigError(`S3_BUCKET must be 3–63 lower-case letters, digits, dots or hyphens (got "${bucket.slice(0, 70)}").`)
  const region = optional(source.S3_REGION)
  if (!region) throw new ConfigError('S3_REGION is not set: name the bucket\'s region (MinIO and most S3-compatible stores accept us-east-1).')
  const endpoint = optional(source.S3_ENDPOINT)
  if (endpoint) parseUrl('S3_ENDPOINT', endpoint, ['http:', 'https:'])
  const accessKeyId = optional(source.S3_ACCESS_KEY_ID)
  const secretAccessKey = optional(source.S3_SECRET_ACCESS_KEY)
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError(`${accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'} is not set: give both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither to use the AWS SDK's own credentials.`)
  }
  // The store's own rules decide its keys' form; a placeholder from an example file is refused.
  const placeholder = production && secretAccessKey ? placeholderIn(secretAccessKey) : undefined
  if (placeholder) throw new ConfigError(`S3_SECRET_ACCESS_KEY looks like a placeholder (it contains "${placeholder}"): production needs the bucket's real key.`)
  const pathStyle = optional(source.S3_FORCE_PATH_STYLE)
  if (pathStyle !== undefined && pathStyle !== 'true' && pathStyle !== 'false') {
    throw new ConfigError(`S3_FORCE_PATH_STYLE must be true or false (got "${pathStyle.slice(0, 20)}").`)
  }
  return {
    bucket,
    region,
    endpoint: endpoint?.replace(/\/$/, ''),
    // S3-compatible stores at their own address usually have no per-bucket host names.
    forcePathStyle: pathStyle === undefined ? Boolean(endpoint) : pathStyle === 'true',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

/**
 * Why a secret is easy to guess, or undefined when it looks generated. Tuned so that random hex or
 * base64 of 16 bytes or more passes (none refused in a million samples of each), while the
 * published placeholders, repeated words and runs such as "abcdef…" do not.
 */
export const whyGuessable = (secret: string): string | undefined => {
  const placeholder = placeholderIn(secret)
  if (placeholder) return `looks like a placeholder (it contains "${placeholder}")`
  const distinct = new Set(secret).size
  if (distinct < 8) return `is too easy to guess (only ${distinct} different characters)`
  const trigrams = Array.from({ length: secret.length - 2 }, (_, i) => secret.slice(i, i + 3))
  if (new Set(trigrams).size < 0.6 * trigrams.length) return 'is too easy to guess (it repeats itself)'
  const steps = Array.from({ length: secret.length - 1 }, (_, i) => Math.abs(secret.charCodeAt(i + 1) - secret.charCodeAt(i)))
  if (steps.filter((step) => step <= 1).length > 0.7 * steps.length) return 'is too easy to guess (it runs in sequence)'
  return undefined
}

const readCacheTier = (source: NodeJS.ProcessEnv, production: boolean): CacheTier | undefined => {
  const purgeUrls = (optional(source.CDN_PURGE_URLS) ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
    .map((url) => parseUrl('CDN_PURGE_URLS', url, ['http:', 'https:']))
  const purgeSecret = optional(source.CDN_PURGE_SECRET)
  if (purgeUrls.length === 0) {
    if (purgeSecret) throw new ConfigError('CDN_PURGE_SECRET is set but CDN_PURGE_URLS is not: name the caching tier(s) to purge, or unset CDN_PURGE_SECRET.')
    return undefined
  }
  // Whoever knows it can empty the tier, sending every visitor to the app at once.
  if (!purgeSecret || purgeSecret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`CDN_PURGE_SECRET must be at least ${MIN_SECRET_LENGTH} characters${purgeSecret ? ` (it has ${purgeSecret.length})` : ' and is not set (CDN_PURGE_URLS is)'}. ${GENERATE_SECRET}`)
  }
  const guessable = production ? whyGuessable(purgeSecret) : undefined
  if (guessable) throw new ConfigError(`CDN_PURGE_SECRET ${guessable}: production needs a secret of its own. ${GENERATE_SECRET}`)
  // Sent in a header and compared in the tier's VCL: letters, digits and a few marks only.
  if (!/^[A-Za-z0-9._~+/=-]+$/.test(purgeSecret)) throw new ConfigError('CDN_PURGE_SECRET may hold only letters, digits and . _ ~ + / = - (it goes into a header and into the tier\'s VCL).')
  return { purgeUrls, purgeSecret, retryDelayMs: positiveInteger('CDN_PURGE_RETRY_DELAY_MS', source.CDN_PURGE_RETRY_DELAY_MS, 1000) }
}

const readPayloadSecret = (source: NodeJS.ProcessEnv, production: boolean): string => {
  const secret = optional(source.PAYLOAD_SECRET)
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`PAYLOAD_SECRET must be at least ${MIN_SECRET_LENGTH} characters${secret ? ` (it has ${secret.length})` : ' and is not set'}. ${GENERATE_SECRET}`)
  }
  // Whoever knows the secret can sign anyone's session, a platform admin's included.
  const guessable = production ? whyGuessable(secret) : undefined
  if (guessable) throw new ConfigError(`PAYLOAD_SECRET ${guessable}: production needs a secret of its own. ${GENERATE_SECRET}`)
  return secret
}

export const readEnv = (source: NodeJS.ProcessEnv = process.env): StippleEnv => {
  const production = source.NODE_ENV === 'production'

  const databaseUri = optional(source.DATABASE_URI)
  if (!databaseUri) {
    throw new ConfigError('DATABASE_URI is not set. Start Stipple with "npm run dev" or "npm start", which provide one, or set it.')
  }
  parseUrl('DATABASE_URI', databaseUri, ['postgres:', 'postgresql:'])
  const readReplicaUris = (optional(source.DATABASE_READ_REPLICA_URIS) ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean)
    .map((uri) => parseUrl('DATABASE_READ_REPLICA_URIS', uri, ['postgres:', 'postgresql:']))

  const payloadSecret = readPayloadSecret(source, production)

  // Unset: the local address of `npm run dev` / `npm start` on PORT.
  const serverUrl = parseUrl('SERVER_URL', optional(source.SERVER_URL) ?? `http://localhost:${optional(source.PORT) ?? 3000}`, ['http:', 'https:']).replace(/\/$/, '')
  const smtpUrl = optional(source.SMTP_URL)
  if (smtpUrl) parseUrl('SMTP_URL', smtpUrl, ['smtp:', 'smtps:'])
  const redisUrl = optional(source.REDIS_URL)
  if (redisUrl) parseUrl('REDIS_URL', redisUrl, ['redis:', 'rediss:'])
  const objectStorage = readObjectStorage(source, production)
  const mediaDir = optional(source.STIPPLE_MEDIA_DIR) ?? 'media'
  const mailFrom = parseMailFrom(optional(source.MAIL_FROM) ?? 'Stipple <no-reply@stipple.example>')

  const mailRetryDelayMs = positiveInteger('MAIL_RETRY_DELAY_MS', source.MAIL_RETRY_DELAY_MS, 30_000)
  const leadLimits: LeadLimits = {
    perIp: { max: positiveInteger('LEAD_LIMIT_PER_IP', source.LEAD_LIMIT_PER_IP, 5), windowMs: 10 * 60_000 },
    perClinic: { max: positiveInteger('LEAD_LIMIT_PER_CLINIC', source.LEAD_LIMIT_PER_CLINIC, 300), windowMs: 60 * 60_000 },
  }

  const trustedProxyHops = wholeNumber('TRUSTED_PROXY_HOPS', source.TRUSTED_PROXY_HOPS, 0)
  const cacheTier = readCacheTier(source, production)

  return { production, databaseUri, readReplicaUris, payloadSecret, serverUrl, smtpUrl, mailFrom, redisUrl, objectStorage, mediaDir, mailRetryDelayMs, leadLimits, trustedProxyHops, cacheTier }
}
