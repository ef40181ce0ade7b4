import { spawn } from 'node:child_process'

import pg from 'pg'

import { issueFormToken } from '../src/lib/leads/formToken'
import { scriptProcessArgs } from '../scripts/lib/scriptProcess'
import { postForm } from './http'

export type BookingBenchResult = {
  freeTimes: { runs: number; freeTimesPerRun: number; p50Ms: number; p95Ms: number; maxMs: number; computeP95Ms: number; readP95Ms: number }
  concurrent: { slots: number; attemptsPerSlot: number; booked: number; toldTaken: number; otherAnswers: number; slotsWithOneBooking: number; doubleBookings: number }
}

type Probe = BookingBenchResult['freeTimes'] & { target: { clinic: number; type: number; practitioner: number; times: string[] } }

const probe = (env: NodeJS.ProcessEnv): Promise<Probe> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, scriptProcessArgs('bench/freeTimesProbe.ts', 'production'), { env, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout!.on('data', (chunk) => (out += String(chunk)))
    child.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? ''
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as Probe)
      else reject(new Error(`The free-times probe exited with ${code}`))
    })
  })

// Overlapping held time of one practitioner, among bookings that hold time: what must never exist.
const DOUBLE_BOOKINGS = `
  select count(*) from bookings a join bookings b
    on a.id < b.id and a.practitioner_id = b.practitioner_id
   and tstzrange(a.starts_at, a.held_until) && tstzrange(b.starts_at, b.held_until)
  where a.status <> 'cancelled' and b.status <> 'cancelled'`

/**
 * Free times for the London clinic's 8 weeks, measured in a process of its own (its calendar read
 * from PostgreSQL each time, then computed for every type it offers); then, at the production
 * server, 50 simultaneous bookings of each of 10 times, each from a different made-up visitor with
 * its own form token. Afterwards PostgreSQL is asked for overlapping bookings: there must be none.
 */
export const measureBooking = async ({ origin, host, secret, databaseUri, env }: { origin: string; host: string; secret: string; databaseUri: string; env: NodeJS.ProcessEnv }, attemptsPerSlot = 50): Promise<BookingBenchResult> => {
  const { target, ...freeTimes } = await probe(env)
  const run = Date.now().toString(36)
  const tally = { booked: 0, toldTaken: 0, otherAnswers: 0, slotsWithOneBooking: 0 }
  for (const [slot, startsAt] of target.times.entries()) {
    const answers = await Promise.all(
      Array.from({ length: attemptsPerSlot }, (_, attempt) =>
        postForm(`${origin}/book/request`, host, {
          name: `Bench Booker ${slot}-${attempt}`,
          email: `bench-booking-${run}-${slot}-${attempt}@example.test`,
          phone: '020 7946 0000',
          privacyConsent: 'on',
          formToken: issueFormToken(secret, Date.now() - 5_000),
          consultationType: String(target.type),
          practitioner: String(target.practitioner),
          startsAt,
        }),
      ),
    )
    const booked = answers.filter((answer) => answer.status === 201).length
    tally.booked += booked
    tally.toldTaken += answers.filter((answer) => answer.status === 409 && answer.body.includes('that time was just taken')).length
    tally.otherAnswers += answers.filter((answer) => answer.status !== 201 && !(answer.status === 409 && answer.body.includes('that time was just taken'))).length
    if (booked === 1) tally.slotsWithOneBooking += 1
  }
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  const doubleBookings = Number((await client.query(DOUBLE_BOOKINGS)).rows[0].count)
  await client.end()
  return { freeTimes, concurrent: { slots: target.times.length, attemptsPerSlot, ...tally, doubleBookings } }
}
