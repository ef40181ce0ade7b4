import autocannon from 'autocannon'
import pg from 'pg'

import { issueFormToken } from '../src/lib/leads/formToken'

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

/**
 * Consultation requests at the endpoint, each from a different made-up visitor with a valid form
 * token, from this one process, after a 2 s warm-up. Afterwards the database is asked how many
 * arrived: every request answered 201, in either run, must be a stored lead ("zero lost").
 */
export const loadLeadIntake = async (
  { origin, host, secret, databaseUri }: { origin: string; host: string; secret: string; databaseUri: string },
  { connections = 50, seconds = 8 } = {},
): Promise<LeadIntakeResult> => {
  const run = Date.now().toString(36)
  let sent = 0
  const body = () => {
    sent += 1
    return new URLSearchParams({
      name: `Bench Visitor ${sent}`,
      email: `bench-${run}-${sent}@example.test`,
      phone: '020 7946 0000',
      concern: 'Thinning at the crown.',
      privacyConsent: 'on',
      formToken: issueFormToken(secret, Date.now() - 5_000),
    }).toString()
  }
  const fire = (duration: number) =>
    autocannon({
      url: `${origin}/book/request`,
      connections,
      duration,
      requests: [
        {
          method: 'POST',
          headers: { host, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
          setupRequest: (request) => ({ ...request, body: body() }),
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
