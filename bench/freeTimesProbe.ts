import { getPayload } from 'payload'

import config from '../payload.config'
import { availabilityQuery, readClinicCalendar } from '../src/lib/booking/clinicCalendar'
import { freeTimes } from '../src/lib/booking/freeTimes'

/*
 * Run by bench/booking.ts in a process of its own, on the bench's database: how long a clinic's
 * 8 weeks of free times take (its calendar read from PostgreSQL, then computed), and the times the
 * concurrent-booking line aims at. Prints one line of JSON.
 */

const RUNS = 200
const percentile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100

const payload = await getPayload({ config })
const clinic = (await payload.find({ collection: 'clinics', where: { slug: { equals: 'london' } }, overrideAccess: true, limit: 1, depth: 0 })).docs[0]!

const measure = async () => {
  const started = performance.now()
  const calendar = (await readClinicCalendar(payload, clinic.id, Date.now()))!
  const computing = performance.now()
  // Every type the clinic offers, for anyone: what a booking page's first view would need.
  const count = calendar.types.reduce((sum, type) => sum + freeTimes(availabilityQuery(calendar, type, Date.now())).length, 0)
  return { totalMs: performance.now() - started, computeMs: performance.now() - computing, count }
}

for (let warm = 0; warm < 20; warm++) await measure()
const samples = []
for (let run = 0; run < RUNS; run++) samples.push(await measure())
const totals = samples.map((sample) => sample.totalMs).sort((a, b) => a - b)
const computes = samples.map((sample) => sample.computeMs).sort((a, b) => a - b)
const reads = samples.map((sample) => sample.totalMs - sample.computeMs).sort((a, b) => a - b)

const calendar = (await readClinicCalendar(payload, clinic.id, Date.now()))!
const type = calendar.types[0]!
const practitioner = calendar.practitioners[0]!.id
const free = freeTimes(availabilityQuery(calendar, type, Date.now(), practitioner))
const targets = Array.from({ length: 10 }, (_, index) => free[40 + index * 25]!.startsAt)

console.log(
  JSON.stringify({
    runs: RUNS,
    freeTimesPerRun: samples[0]!.count,
    p50Ms: percentile(totals, 50),
    p95Ms: percentile(totals, 95),
    maxMs: percentile(totals, 100),
    computeP95Ms: percentile(computes, 95),
    readP95Ms: percentile(reads, 95),
    target: { clinic: clinic.id, type: type.id, practitioner, times: targets.map((time) => new Date(time).toISOString()) },
  }),
)
await payload.destroy()
process.exit(0)
