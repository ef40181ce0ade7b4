import { spawn } from 'node:child_process'
import path from 'node:path'

import { ConfigError } from '../src/lib/env'
import { type Mode, preparePlatform } from '../src/lib/runtime/preparePlatform'

const log = (line: string) => console.log(`[stipple] ${line}`)

/**
 * Prepares the platform, runs one Next command (dev, build or start) and owns shutdown: a signal
 * goes to Next first, and PostgreSQL stops only after Next has exited, so no request is cut off
 * and no `postgres` process outlives us.
 */
export const launch = async (mode: Mode, nextArgs: string[]) => {
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

  // Spawned directly (not through npx), so signals reach Next itself.
  const next = spawn(path.resolve('node_modules/.bin/next'), nextArgs, { stdio: 'inherit', env: platform.env })
  let stopping = false
  const forward = (signal: NodeJS.Signals) => {
    stopping = true
    if (next.exitCode === null) next.kill(signal)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, forward)

  const code = await new Promise<number>((resolve) =>
    next.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : 1))),
  )
  await platform.stop()
  process.exit(stopping ? 0 : code)
}
