import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { ConfigError } from '../src/lib/env'
import { startMailCatcher } from './lib/mailCatcher'
import { type Mode, preparePlatform } from './lib/preparePlatform'
import { scriptProcessArgs } from './lib/scriptProcess'

const log = (line: string) => console.log(`[stipple] ${line}`)

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode ?? 0)
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : 1)))
  })

/**
 * Prepares the platform, runs one command (Next's dev or build, or the production server) and owns
 * shutdown: a signal goes to it (and the development worker) first, and PostgreSQL stops only after they have
 * exited, so no request is cut off and no `postgres` process outlives us.
 *
 * In development it also runs what production runs beside Next: a jobs worker (lead mails), and a
 * local mail catcher unless SMTP_URL names a real server.
 */
export const launch = async (mode: Mode, command: string[], { withWorker = false } = {}) => {
  let platform
  try {
    platform = await preparePlatform({ mode, log })
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[stipple] ${error.message}`)
      process.exit(1)
    }
    throw error
  }

  const catcher = withWorker && !platform.env.SMTP_URL ? await startMailCatcher(path.resolve(platform.env.STIPPLE_DATA_DIR || '.data', 'mail'), log) : undefined
  if (catcher) {
    platform.env.SMTP_URL = catcher.url
    log('Mails go to the local catcher: .data/mail/*.eml')
  }

  // Spawned directly (not through npx), so signals reach Next itself.
  const [executable, ...args] = command
  const children = [spawn(executable!, args, { stdio: 'inherit', env: platform.env })]
  if (withWorker) {
    children.push(spawn(process.execPath, scriptProcessArgs('scripts/worker.ts', mode), { stdio: 'inherit', env: platform.env }))
  }
  const [next, ...others] = children
  let stopping = false
  const forward = (signal: NodeJS.Signals) => {
    stopping = true
    for (const child of children) if (child.exitCode === null) child.kill(signal)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, forward)

  const code = await exited(next!)
  // Next is gone (a crash, or a signal): the worker goes with it.
  for (const child of others) if (child.exitCode === null) child.kill('SIGTERM')
  await Promise.all(others.map(exited))
  await catcher?.stop()
  await platform.stop()
  process.exit(stopping ? 0 : code)
}
