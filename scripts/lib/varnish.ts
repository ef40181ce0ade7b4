import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './freePort'

/*
 * The real caching tier on this machine, for the tests and the bench: Debian's varnishd with
 * deploy/varnish.vcl, filled in as docker-compose.yml fills it in, in front of a local port. Each
 * tier has its own work folder (-n), which varnishd, dropping to its own user when started as root,
 * must be able to read.
 */

export const varnishInstalled = () => spawnSync('varnishd', ['-V'], { stdio: 'ignore' }).status === 0

/** deploy/varnish.vcl with its backend and purge secret filled in. */
export const tierVcl = ({ backendHost = '127.0.0.1', backendPort, purgeSecret }: { backendHost?: string; backendPort: number; purgeSecret: string }) =>
  readFileSync('deploy/varnish.vcl', 'utf8')
    .replaceAll('__BACKEND_HOST__', backendHost)
    .replaceAll('__BACKEND_PORT__', String(backendPort))
    .replaceAll('__PURGE_SECRET__', purgeSecret)

export type Tier = {
  port: number
  origin: (hostname?: string) => string
  /** Where the app sends purges (CDN_PURGE_URLS). */
  purgeUrl: string
  /** Stops varnishd (what it kept goes with it); `start` brings it back on the same port. */
  stop: () => Promise<void>
  start: () => Promise<void>
  /** Stops it for good and removes its folder. */
  remove: () => Promise<void>
  output: () => string
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/** `port`: one chosen before the app started, for the app's CDN_PURGE_URLS. */
export const startTier = async ({ backendPort, purgeSecret, port: chosen }: { backendPort: number; purgeSecret: string; port?: number }): Promise<Tier> => {
  const port = chosen ?? (await freePort())
  const folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-tier-'))
  await chmod(folder, 0o755)
  const vcl = path.join(folder, 'stipple.vcl')
  await writeFile(vcl, tierVcl({ backendPort, purgeSecret }), { mode: 0o644 })
  let child: ChildProcess | undefined
  let log = ''

  const start = async () => {
    const varnishd = spawn('varnishd', ['-F', '-n', path.join(folder, 'work'), '-a', `127.0.0.1:${port}`, '-f', vcl, '-s', 'malloc,64m', '-p', 'thread_pools=1'], { stdio: ['ignore', 'pipe', 'pipe'] })
    child = varnishd
    varnishd.stdout!.on('data', (chunk) => (log += chunk))
    varnishd.stderr!.on('data', (chunk) => (log += chunk))
    varnishd.on('exit', (code, signal) => (log += `\n[varnishd exited: ${signal ?? `code ${code}`}]\n`))
    const deadline = Date.now() + 30_000
    while (!(await answers(port))) {
      if (varnishd.exitCode !== null || Date.now() > deadline) throw new Error(`varnishd did not come up:\n${log}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  const stop = () =>
    new Promise<void>((resolve) => {
      const running = child
      if (!running || running.exitCode !== null || running.signalCode !== null) return resolve()
      running.on('exit', () => resolve())
      running.kill('SIGTERM')
    })

  await start()
  return {
    port,
    origin: (hostname = 'localhost') => `http://${hostname}:${port}`,
    purgeUrl: `http://127.0.0.1:${port}/`,
    start,
    stop,
    remove: async () => {
      await stop()
      await rm(folder, { recursive: true, force: true })
    },
    output: () => log,
  }
}
