import autocannon from 'autocannon'
import pg from 'pg'
import sharp from 'sharp'

import { issueFormToken } from '../src/lib/leads/formToken'
import { siteRoutes } from '../src/lib/sites/routes'

export type LeadIntakeResult = {
  leadsPerSecond: number
  p50Ms: number
  p99Ms: number
  answered201: number
  warmUpAnswered201: number
  otherAnswers: number
  errors: number
  storedLeads: number
  lost: number
}

type Form = Record<string, string>
type Encoded = { body: string | Buffer; contentType: string }

const urlencoded = (form: Form): Encoded => ({ body: new URLSearchParams(form).toString(), contentType: 'application/x-www-form-urlencoded' })

const BOUNDARY = 'stipple-bench-boundary'
/** One request with one photo, framed as a browser frames it (the boundary never occurs in the bytes that matter here). */
const multipart = (form: Form, photo: Buffer): Encoded => {
  const fields = Object.entries(form).map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
  return {
    body: Buffer.concat([
      Buffer.from(`${fields.join('')}--${BOUNDARY}\r\nContent-Disposition: form-data; name="photos"; filename="IMG_0001.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      photo,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]),
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
  }
}

/** A photo of about 1 MB as a phone sends it: noise, so JPEG cannot shrink it much. */
export const benchPhoto = async (): Promise<Buffer> => {
  const width = 1340
  const height = 1000
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 7919 + ((i / 3) | 0) * 104729) % 251
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toBuffer()
}

/**
 * Consultation requests at the endpoint, each from a different made-up visitor with a valid form
 * token of its own, from this one process, measured after a 2 s warm-up on the same connections.
 * Afterwards the database is asked how many arrived: every request answered 201, warm-up included,
 * must be a stored lead ("zero lost").
 * With `photo`, each request carries that photo (multipart), as a visitor's phone sends it.
 */
export const loadLeadIntake = async (
  { origin, host, secret, databaseUri }: { origin: string; host: string; secret: string; databaseUri: string },
  { connections = 50, seconds = 8, photo }: { connections?: number; seconds?: number; photo?: Buffer } = {},
): Promise<LeadIntakeResult> => {
  const run = Date.now().toString(36)
  let sent = 0
  const form = (): Form => {
    sent += 1
    return {
      name: `Bench Visitor ${sent}`,
      email: `bench-${run}-${sent}@example.test`,
      phone: '020 7946 0000',
      concern: 'Thinning at the crown.',
      privacyConsent: 'on',
      formToken: issueFormToken(secret, Date.now() - 5_000),
    }
  }
  const encode = (): Encoded => (photo ? multipart(form(), photo) : urlencoded(form()))
  const contentType = encode().contentType
  const warmUpMs = 2_000
  // One run on the same connections: the first 2 s warm the server up and are not measured. (Two
  // runs, as before, opened 50 new connections for the measured one, and its first second carried
  // ~30 answers over 250 ms that the server had sent within 200 ms: the load generator's own start.)
  const { measured, warmUp, errors } = await new Promise<{ measured: { status: number; ms: number }[]; warmUp: number[]; errors: number }>((resolve) => {
    const measured: { status: number; ms: number }[] = []
    const warmUp: number[] = []
    let errors = 0
    const startedAt = Date.now()
    const instance = autocannon(
      {
        url: `${origin}${siteRoutes.bookRequest}`,
        connections,
        duration: (warmUpMs + seconds * 1000) / 1000,
        requests: [
          {
            method: 'POST',
            headers: { host, accept: 'application/json', 'content-type': contentType },
            setupRequest: (request) => ({ ...request, body: encode().body }),
          },
        ],
      },
      () => resolve({ measured, warmUp, errors }),
    )
    instance.on('response', (_client, status, _bytes, ms) => (Date.now() - startedAt < warmUpMs ? warmUp.push(status) : measured.push({ status, ms })))
    instance.on('reqError', () => (errors += 1))
  })
  const latencies = measured.map((answer) => answer.ms).sort((a, b) => a - b)
  const percentile = (share: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))] ?? Number.NaN)
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  const stored = Number((await client.query('select count(*) from leads where email like $1', [`bench-${run}-%`])).rows[0].count)
  await client.end()
  const answered201 = measured.filter((answer) => answer.status === 201).length
  const warmUpAnswered201 = warmUp.filter((status) => status === 201).length
  return {
    leadsPerSecond: Math.round(answered201 / seconds),
    p50Ms: percentile(0.5),
    p99Ms: percentile(0.99),
    answered201,
    otherAnswers: measured.length - answered201 + warmUp.length - warmUpAnswered201,
    errors,
    warmUpAnswered201,
    storedLeads: stored,
    // Warm-up leads are counted too: every lead answered 201 in either part must be in the database.
    lost: Math.max(0, warmUpAnswered201 + answered201 - stored),
  }
}
