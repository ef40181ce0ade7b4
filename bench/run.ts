import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedDatabase } from '../scripts/lib/embeddedDatabase'
import { freePort } from '../scripts/lib/freePort'
import { productionServerCommand, scriptProcessArgs } from '../scripts/lib/scriptProcess'
import { varnishInstalled } from '../scripts/lib/varnish'
import { siteRoutes } from '../src/lib/sites/routes'
import { measureEditToLive } from './editToLive'
import { get } from './http'
import { measureBooking } from './booking'
import { benchPhoto, loadLeadIntake } from './leads'
import { measureLighthouse, printLighthouse } from './lighthouse'
import { load, type LoadResult } from './load'
import { watchPeakMemory } from './processTree'
import { gzipBytes, scriptsOf } from './shippedJs'
import { measureTier, type TierResult } from './tier'

/*
 * `npm run bench`: a production build served by the production server (`npm start`'s, with its
 * page cache in front of Next) on a scratch embedded PostgreSQL with the demo content, measured
 * from one load-generating process. Every throughput is also given as a ratio to a plain
 * Node server sending the same bytes in the same run; Lighthouse audits the page types as a phone
 * sees them; the cached pages are loaded again through the caching tier (Varnish, deploy/varnish.vcl)
 * in front of the server, beside the direct figures. Writes bench/results/latest.json.
 *
 * `npm run bench -- --only=lighthouse` (or `--only=load`, `--only=tier`, `--only=booking` for free times
 * and concurrent booking, or `--only=leads` for the
 * two intake lines alone) measures one part; `--runs=N` sets the Lighthouse runs per page (5).
 */

const log = (line: string) => console.log(`[bench] ${line}`)
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', resolve))

const LATEST = 'bench/results/latest.json'
const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
const only = option('only')
const parts = ['lighthouse', 'load', 'tier', 'leads', 'booking']
if (only !== undefined && !parts.includes(only)) throw new Error(`--only=${only}: measure one of ${parts.map((part) => `"${part}"`).join(', ')}`)
if (only === 'tier' && !varnishInstalled()) throw new Error('--only=tier needs varnishd (Debian: apt-get install varnish varnish-modules)')
const runs = Number(option('runs') ?? 5)
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs=${option('runs')}: a whole number of Lighthouse runs per page, at least 1`)

const folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-bench-'))
await chmod(folder, 0o755)
const database = await startEmbeddedDatabase({ dataDir: path.join(folder, 'postgres'), database: 'bench', persistent: false })
const port = await freePort()
const origin = `http://127.0.0.1:${port}`
// The tier's port is chosen first: the app purges it (CDN_PURGE_URLS) and so tags its pages for it.
const tierPort = await freePort()
const purgeSecret = randomBytes(24).toString('hex')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URI: database.uri,
  PAYLOAD_SECRET: randomBytes(24).toString('hex'),
  SERVER_URL: `http://localhost:${port}`,
  STIPPLE_MEDIA_DIR: path.join(folder, 'media'),
  STIPPLE_DIST_DIR: '.next-bench',
  // The intake's capacity is measured here, not its rate limits (which would refuse most of the load).
  LEAD_LIMIT_PER_IP: '1000000',
  LEAD_LIMIT_PER_CLINIC: '1000000',
  CDN_PURGE_URLS: `http://127.0.0.1:${tierPort}/`,
  CDN_PURGE_SECRET: purgeSecret,
}
const targets: [string, string, string][] = [
  ['brand hub', 'localhost', '/'],
  ['clinic home', 'london.localhost', '/'],
  ['treatment page', 'london.localhost', siteRoutes.treatment('scar-camouflage')],
  ['results gallery', 'london.localhost', siteRoutes.results],
  ['case study', 'london.localhost', siteRoutes.result('london-crown-and-hairline')],
  ['sitemap', 'london.localhost', '/sitemap.xml'],
  // A query string goes past the page cache: Next's own cached answer, for comparison.
  ['clinic home, Next alone', 'london.localhost', '/?from=bench'],
  ['REST: published case studies', 'localhost', '/api/case-studies?limit=10&depth=1'],
  ['REST: treatments', 'localhost', '/api/treatments?limit=10'],
  ['REST: clinics', 'localhost', '/api/clinics?limit=10'],
  ['GraphQL: published case studies', 'localhost', `/api/graphql?query=${encodeURIComponent('{ CaseStudies(limit: 10) { docs { title slug sessions clinic { name slug } } } }')}`],
]
// Anonymous reads of the API, each against a plain Node server sending that read's own bytes.
const apiTargets = targets.filter(([name]) => /^(?:REST|GraphQL):/.test(name))
// What a tier keeps: the pages, not the query-string comparison nor the API.
const tierTargets = targets.slice(0, 6)
let server: ChildProcess | undefined
try {
  log('Migrating and adding the demo content…')
  const migrate = spawn(process.execPath, scriptProcessArgs('scripts/migrate.ts', 'production', ['--demo-content=ifEmpty']), { env, stdio: 'inherit' })
  if ((await exited(migrate)) !== 0) throw new Error('Migrating the bench database failed')

  log('next build…')
  const buildStart = Date.now()
  const build = spawn(path.resolve('node_modules/.bin/next'), ['build'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  const buildPeak = watchPeakMemory(build.pid!)
  if ((await exited(build)) !== 0) throw new Error('next build failed')
  const buildResult = { seconds: Math.round((Date.now() - buildStart) / 100) / 10, peakMemoryMb: buildPeak() }

  const startedAt = Date.now()
  const [executable, ...args] = productionServerCommand(port)
  server = spawn(executable!, args, { env, stdio: 'ignore' })
  let coldStartMs = 0
  while (!coldStartMs) {
    const status = await get(`${origin}/`, 'london.localhost').then((r) => r.status, () => 0)
    if (status === 200) coldStartMs = Date.now() - startedAt
    else await new Promise((resolve) => setTimeout(resolve, 20))
    if (Date.now() - startedAt > 60_000) throw new Error('The production server did not answer within 60 s')
  }
  log(`cold start ${coldStartMs} ms`)

  // `--only=…` measures one part and keeps the other part's figures from the previous run's file.
  let saved: { targets?: Record<string, boolean>; [part: string]: unknown } = only ? await readFile(LATEST, 'utf8').then(JSON.parse, () => ({})) : {}
  if (only === undefined || only === 'lighthouse') {
    log(`Lighthouse, ${runs} runs per page…`)
    const lighthouse = await measureLighthouse(port, runs)
    printLighthouse(lighthouse)
    saved = { ...saved, lighthouse: lighthouse.lighthouse, targets: { ...saved.targets, ...lighthouse.targets } }
  }

  if (only === undefined || only === 'load') {
    for (const [, host, pathname] of targets) await get(`${origin}${pathname}`, host) // first render fills the cache

    /** A plain Node server sending `bytes` for every request, under the same load. */
    const referenceFor = async (bytes: Buffer, name: string) => {
      const file = path.join(folder, `${name}.reference`)
      await writeFile(file, bytes)
      const reference = spawn(process.execPath, [path.resolve('bench/referenceServer.mjs'), file], { stdio: ['ignore', 'pipe', 'inherit'] })
      const referencePort = Number(await new Promise<string>((resolve) => reference.stdout!.once('data', (chunk) => resolve(String(chunk).trim()))))
      const result = await load(`http://127.0.0.1:${referencePort}/`, undefined)
      reference.kill('SIGTERM')
      await exited(reference)
      return result
    }
    const homeBytes = (await get(`${origin}/`, 'london.localhost')).raw
    log('reference server…')
    const referenceResult = await referenceFor(homeBytes, 'clinic-home')

    const pages: Record<string, LoadResult & { percentOfReference: number }> = {}
    for (const [name, host, pathname] of targets) {
      log(`${name}…`)
      const result = await load(`${origin}${pathname}`, host)
      pages[name] = { ...result, percentOfReference: Math.round((1000 * result.requestsPerSecond) / referenceResult.requestsPerSecond) / 10 }
    }

    // Against the bench's reference, as the pages are; and against plain Node sending the read's own
    // bytes, which for a small answer is mostly the cost of a request itself.
    const api: Record<string, { requestsPerSecond: number; p99Ms: number; bytes: number; percentOfReference: number; sameBytes: LoadResult; percentOfSameBytes: number }> = {}
    for (const [name, host, pathname] of apiTargets) {
      const bytes = (await get(`${origin}${pathname}`, host)).raw
      log(`reference server with the bytes of ${name}…`)
      const sameBytes = await referenceFor(bytes, name.replace(/\W+/g, '-'))
      const measured = pages[name]!
      const percentOfSameBytes = Math.round((1000 * measured.requestsPerSecond) / sameBytes.requestsPerSecond) / 10
      api[name] = { requestsPerSecond: measured.requestsPerSecond, p99Ms: measured.p99Ms, bytes: bytes.length, percentOfReference: measured.percentOfReference, sameBytes, percentOfSameBytes }
    }

    // Scripts every page type loads are the app's floor (framework and runtime): the nearest thing to an empty page of this app.
    const pageScripts = new Map<string, string[]>()
    for (const [name, host, pathname] of targets.slice(0, 5)) pageScripts.set(name, await scriptsOf(origin, host, pathname))
    const floor = [...pageScripts.values()].reduce((common, scripts) => common.filter((script) => scripts.includes(script)))
    const floorBytes = await gzipBytes(origin, 'localhost', floor)
    const javascript: Record<string, { gzipBytes: number; overFloorBytes: number }> = {}
    for (const [name, scripts] of pageScripts) {
      const bytes = await gzipBytes(origin, 'localhost', scripts)
      javascript[name] = { gzipBytes: bytes, overFloorBytes: bytes - floorBytes }
    }

    log('edit-to-live…')
    const editToLiveMs = await measureEditToLive(`http://localhost:${port}`, origin)

    const cachedPages = ['clinic home', 'treatment page', 'results gallery', 'case study']
    const results = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      load: { connections: 50, seconds: 8 },
      build: buildResult,
      coldStartMs,
      reference: { ...referenceResult, bytes: homeBytes.length },
      pages,
      javascript: { appFloorGzipBytes: floorBytes, pages: javascript },
      api,
      editToLiveMs,
      targets: {
        cachedPagesAtLeast10PercentOfReference: cachedPages.every((name) => pages[name].percentOfReference >= 10),
        cachedPagesP99AtMost60Ms: cachedPages.every((name) => pages[name].p99Ms <= 60),
        editToLiveP95Under1s: editToLiveMs.p95 < 1000,
        clinicHomeJsAtMost20KbOverFloor: javascript['clinic home'].overFloorBytes <= 20 * 1024,
        coldStartUnder3s: coldStartMs < 3000,
        apiReadsAtLeastHalfOfReference: Object.values(api).every((read) => read.percentOfReference >= 50),
        apiReadsP99AtMost60Ms: Object.values(api).every((read) => read.p99Ms <= 60),
      },
    }
    saved = { ...results, lighthouse: saved.lighthouse, tier: saved.tier, leadIntake: saved.leadIntake, leadPhotos: saved.leadPhotos, booking: saved.booking, targets: { ...saved.targets, ...results.targets } }

    console.log(`\nreference (plain Node, same bytes): ${referenceResult.requestsPerSecond} req/s, p99 ${referenceResult.p99Ms} ms`)
    console.table(Object.fromEntries(Object.entries(pages).map(([name, r]) => [name, { 'req/s': r.requestsPerSecond, '% of ref': r.percentOfReference, 'p50 ms': r.p50Ms, 'p99 ms': r.p99Ms, errors: r.errors + r.non2xx }])))
    console.table(Object.fromEntries(Object.entries(api).map(([name, r]) => [name, { 'req/s': r.requestsPerSecond, '% of ref': r.percentOfReference, 'same bytes, plain Node': r.sameBytes.requestsPerSecond, '% of it': r.percentOfSameBytes, 'p99 ms': r.p99Ms, KB: Math.round(r.bytes / 102.4) / 10 }])))
    console.table(Object.fromEntries(Object.entries(javascript).map(([name, js]) => [name, { 'JS gzip KB': Math.round(js.gzipBytes / 102.4) / 10, 'over floor KB': Math.round(js.overFloorBytes / 102.4) / 10 }])))
    console.log(`build ${buildResult.seconds} s (peak ${buildResult.peakMemoryMb} MB) · cold start ${coldStartMs} ms · edit-to-live p50 ${results.editToLiveMs.p50} ms, p95 ${results.editToLiveMs.p95} ms`)
  }
  if (only === undefined || only === 'leads') {
    const intake = { origin, host: 'london.localhost', secret: env.PAYLOAD_SECRET!, databaseUri: database.uri }
    log('lead intake…')
    const leadIntake = await loadLeadIntake(intake)
    log('lead intake, one 1 MB photo per request, 20 connections…')
    const photo = await benchPhoto()
    const serverPeak = watchPeakMemory(server.pid!)
    const leadPhotos = { ...(await loadLeadIntake(intake, { connections: 20, photo })), photoBytes: photo.length, serverPeakMemoryMb: serverPeak() }
    saved = {
      ...saved,
      leadIntake,
      leadPhotos,
      targets: {
        ...saved.targets,
        leadIntakeAtLeast250PerSecond: leadIntake.leadsPerSecond >= 250,
        leadIntakeP99Under200Ms: leadIntake.p99Ms < 200,
        leadIntakeZeroLost: leadIntake.lost === 0,
        leadPhotosAtLeast30PerSecond: leadPhotos.leadsPerSecond >= 30,
        leadPhotosNoneFailed: leadPhotos.otherAnswers === 0 && leadPhotos.errors === 0 && leadPhotos.lost === 0,
        // The server process and its children, while 20 visitors at once each send a photo.
        leadPhotosServerMemoryUnder1Gb: leadPhotos.serverPeakMemoryMb < 1024,
      },
    }
    const line = (name: string, r: typeof leadIntake) =>
      `${name}: ${r.leadsPerSecond} leads/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ${r.answered201} answered 201 (+ ${r.warmUpAnswered201} warming up), ${r.storedLeads} stored, ${r.lost} lost, ${r.otherAnswers} other answers, ${r.errors} errors`
    console.log(line('lead intake', leadIntake))
    console.log(`${line('lead intake with a photo', leadPhotos)}; photo ${Math.round(photo.length / 1024)} KB, server peak ${leadPhotos.serverPeakMemoryMb} MB`)
  }

  if (only === undefined || only === 'booking') {
    log('booking: free times, then 50 simultaneous bookings of each of 10 times…')
    const booking = await measureBooking({ origin, host: 'london.localhost', secret: env.PAYLOAD_SECRET!, databaseUri: database.uri, env })
    saved = {
      ...saved,
      booking,
      targets: {
        ...saved.targets,
        freeTimesEightWeeksP95Under50Ms: booking.freeTimes.p95Ms < 50,
        concurrentBookingZeroDoubleBookings: booking.concurrent.doubleBookings === 0 && booking.concurrent.slotsWithOneBooking === booking.concurrent.slots,
      },
    }
    const { freeTimes, concurrent } = booking
    console.log(`free times (London, 8 weeks, every type offered, calendar read included): p50 ${freeTimes.p50Ms} ms, p95 ${freeTimes.p95Ms} ms, max ${freeTimes.maxMs} ms (reading the calendar alone p95 ${freeTimes.readP95Ms} ms, computing alone p95 ${freeTimes.computeP95Ms} ms), ${freeTimes.freeTimesPerRun} free times`)
    console.log(`concurrent booking: ${concurrent.slots} times × ${concurrent.attemptsPerSlot} at once: ${concurrent.booked} booked, ${concurrent.toldTaken} told "taken", ${concurrent.otherAnswers} other answers, ${concurrent.doubleBookings} double bookings`)
  }

  if ((only === undefined && varnishInstalled()) || only === 'tier') {
    // This run's direct figures, if it measured them (not those of an earlier run, on another load).
    const direct = only === undefined ? (saved as { pages?: Record<string, LoadResult> }).pages : undefined
    const tier: TierResult & { measuredAt: string } = {
      measuredAt: new Date().toISOString(),
      ...(await measureTier({ serverPort: port, tierPort, purgeSecret, targets: tierTargets, direct })),
    }
    const tierCachedPages = ['clinic home', 'treatment page', 'results gallery', 'case study']
    saved = { ...saved, tier, targets: { ...saved.targets, tierEditToLiveP95Under1s: tier.editToLiveMs.p95 < 1000, tierPagesZeroErrors: tierCachedPages.every((name) => tier.pages[name]!.errors + tier.pages[name]!.non2xx === 0) } }
    console.table(
      Object.fromEntries(
        Object.entries(tier.pages).map(([name, r]) => [
          name,
          { 'req/s': r.requestsPerSecond, 'direct req/s': r.direct.requestsPerSecond, '% of direct': r.percentOfDirect, 'p50 ms': r.p50Ms, 'p99 ms': r.p99Ms, 'direct p99 ms': r.direct.p99Ms, errors: r.errors + r.non2xx },
        ]),
      ),
    )
    console.log(`through the tier: edit-to-live p50 ${tier.editToLiveMs.p50} ms, p95 ${tier.editToLiveMs.p95} ms`)
  }
  await mkdir(path.dirname(LATEST), { recursive: true })
  await writeFile(LATEST, `${JSON.stringify(saved, null, 2)}\n`)
  console.log('targets:', saved.targets)
  console.log(`\nwritten to ${LATEST}`)
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM')
    await exited(server)
  }
  await database.stop()
  await rm(folder, { recursive: true, force: true })
}
