import config from '@payload-config'
import { getPayload } from 'payload'

import { MAIL_QUEUE, MAINTENANCE_QUEUE } from '../src/jobs'
import { announceExpiredTags } from '../src/lib/cache/expiryAnnouncements'
import { CACHE_TIER_QUEUE } from '../src/lib/cache/tierPurge'
import { ConfigError } from '../src/lib/env'

/**
 * `npm run worker`: runs the background jobs — lead and review mails as soon as they are queued,
 * scheduled publishing at its time (Payload queues it on the default queue; the app processes are
 * then told which pages it changed), purges at the caching tier that were not taken at once (with
 * back-off while a tier is down), the nightly anonymisation when it is due. Several workers may
 * run at once (Payload claims each job for one). `npm run dev` starts one beside Next; in
 * production run it as a process of its own.
 */
const POLL_MS = Number(process.env.WORKER_POLL_MS ?? 1000) || 1000
const SCHEDULE_EVERY_MS = 60_000
const log = (line: string) => console.log(`[worker] ${line}`)

let payload
try {
  payload = await getPayload({ config })
} catch (error) {
  console.error(`[worker] ${error instanceof ConfigError ? error.message : 'could not start:'}`, error instanceof ConfigError ? '' : error)
  process.exit(1)
}

let stopping = false
let wake: () => void = () => {}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopping = true
    wake()
  })
}

let lastSchedule = 0
const EVERY_ROUND = [MAIL_QUEUE, 'default']
log(`running jobs of the ${EVERY_ROUND.map((queue) => `"${queue}"`).join(' and ')} queues every ${POLL_MS} ms`)
while (!stopping) {
  try {
    for (const queue of EVERY_ROUND) await payload.jobs.run({ queue, limit: 20 })
    if (Date.now() - lastSchedule >= SCHEDULE_EVERY_MS) {
      lastSchedule = Date.now()
      await payload.jobs.handleSchedules({ queue: MAINTENANCE_QUEUE })
      await payload.jobs.run({ queue: MAINTENANCE_QUEUE, limit: 5 })
    }
    // What the jobs changed (a scheduled publish) must reach the app's page caches, then the caching tier.
    await announceExpiredTags(payload)
    await payload.jobs.run({ queue: CACHE_TIER_QUEUE, limit: 50 })
  } catch (error) {
    // Usually the database is away for a moment; the jobs wait in it and run on a later round.
    log(`round failed, trying again shortly: ${(error as Error)?.name ?? 'Error'} ${(error as { code?: string })?.code ?? ''}`)
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, POLL_MS)
    wake = () => {
      clearTimeout(timer)
      resolve()
    }
  })
}
log('stopped')
process.exit(0)
