import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from '@/lib/runtime/freePort'

/*
 * The browser tests run against a production build (`next build` + `next start`), as visitors get
 * it, on the test database. It is built into `.next-test/` so a developer's `.next/` is untouched.
 */

const run = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/next'), args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} failed (${code}):\n${output}`))))
  })

export type ProductionServer = { port: number; origin: (hostname?: string) => string; stop: () => Promise<void> }

export const startProductionServer = async (): Promise<ProductionServer> => {
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    STIPPLE_DIST_DIR: '.next-test',
    SERVER_URL: `http://localhost:${port}`,
  }
  await run(['build'], env)
  const server: ChildProcess = spawn(path.resolve('node_modules/.bin/next'), ['start', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  server.stdout!.on('data', (chunk) => (log += chunk))
  server.stderr!.on('data', (chunk) => (log += chunk))
  const deadline = Date.now() + 60_000
  while (!/Ready in/.test(log)) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`next start did not come up:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    port,
    origin: (hostname = 'localhost') => `http://${hostname}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve()
        server.on('exit', () => resolve())
        server.kill('SIGTERM')
      }),
  }
}
