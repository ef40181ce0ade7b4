import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { freePort } from '../../scripts/lib/freePort'
import { productionServerCommand, scriptProcessArgs } from '../../scripts/lib/scriptProcess'

/*
 * The browser tests run against a production build (`next build` + the production server that
 * `npm start` runs), as visitors get it, on the test database. It is built into `.next-test/` so a developer's `.next/` is untouched.
 */

const runNext = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/next'), args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} failed (${code}):\n${output}`))))
  })

/**
 * `output`: what the server (and worker) printed so far, for a test to show when the server stopped answering;
 * `pid`: the server's process, e.g. to read its memory from /proc.
 */
export type ProductionServer = { port: number; pid: number; origin: (hostname?: string) => string; stop: () => Promise<void>; output: () => string }

/** The test run's own build (and Next's caches on disk), never a developer's `.next`. */
export const PRODUCTION_DIST_DIR = '.next-test'
const BUILT_FOR = path.resolve(PRODUCTION_DIST_DIR, 'stipple-test-run')

/** One build per test run: the second browser test file reuses the first one's. */
const buildOnce = async (env: NodeJS.ProcessEnv) => {
  const run = process.env.STIPPLE_TEST_RUN
  if (run && existsSync(BUILT_FOR) && readFileSync(BUILT_FOR, 'utf8') === run) return
  await runNext(['build'], env)
  if (run) writeFileSync(BUILT_FOR, run)
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.on('exit', () => resolve())
    child.kill('SIGTERM')
  })

/**
 * The production server on a free port (the build's pages do not depend on it: SERVER_URL is read at run
 * time), or on `port` (a restart where a proxy in front expects it), with `env` added; `worker` also
 * starts `npm run worker`'s process, as production runs it.
 */
export const startProductionServer = async ({ env: extra = {}, worker = false, port: chosen }: { env?: Record<string, string>; worker?: boolean; port?: number } = {}): Promise<ProductionServer> => {
  const port = chosen ?? (await freePort())
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    STIPPLE_DIST_DIR: PRODUCTION_DIST_DIR,
    SERVER_URL: `http://localhost:${port}`,
    ...extra,
  }
  await buildOnce(env)
  const [executable, ...args] = productionServerCommand(port)
  const server: ChildProcess = spawn(executable!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  server.stdout!.on('data', (chunk) => (log += chunk))
  server.stderr!.on('data', (chunk) => (log += chunk))
  server.on('exit', (code, signal) => (log += `\n[the production server exited: ${signal ?? `code ${code}`}]\n`))
  const jobs = worker ? spawn(process.execPath, scriptProcessArgs('scripts/worker.ts', 'production'), { env, stdio: ['ignore', 'pipe', 'pipe'] }) : undefined
  jobs?.stdout!.on('data', (chunk) => (log += chunk))
  jobs?.stderr!.on('data', (chunk) => (log += chunk))
  const deadline = Date.now() + 60_000
  while (!/Ready in/.test(log)) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the production server did not come up:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    port,
    pid: server.pid!,
    origin: (hostname = 'localhost') => `http://${hostname}:${port}`,
    output: () => log,
    stop: async () => {
      await Promise.all([stopped(server), ...(jobs ? [stopped(jobs)] : [])])
    },
  }
}
