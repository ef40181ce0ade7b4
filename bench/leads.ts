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
 * token of its own, from this one process, after a 2 s warm-up. Afterwards the database is asked how
 * many arrived: every request answered 201, in either run, must be a stored lead ("zero lost").
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
  const fire = (duration: number) =>
    autocannon({
      url: `${origin}${siteRoutes.bookRequest}`,
      connections,
      duration,
      requests: [
        {
          method: 'POST',
          headers: { host, accept: 'application/json', 'content-type': contentType },
          setupRequest: (request) => ({ ...request, body: encode().body }),
        },
      ],
    })
  // A short run first, so the measured one sees compiled code, as a server that has been up a while does.
  const warmUp = await fire(2)
  const result = await fire(seconds)
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  const stored = Number((await client.query('select count(*) from leads where email like $1', [`bench-${run}-%`])).rows[0].count)
  await client.end()
  const answered201 = result['2xx']
  return {
    leadsPerSecond: Math.round(answered201 / seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    answered201,
    otherAnswers: result.non2xx,
    errors: result.errors + result.timeouts,
    warmUpAnswered201: warmUp['2xx'],
    storedLeads: stored,
    // Warm-up leads are counted too: every lead answered 201 in either run must be in the database.
    lost: Math.max(0, warmUp['2xx'] + answered201 - stored),
  }
}
