import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/freePort'

/*
 * deploy/nginx.conf run for real (Debian's nginx) in front of two stand-in instances: what the
 * compose deployment's proxy does to the requests that reach the apps (tests/unit/deployment.test.ts
 * checks the compose file itself).
 */

const nginxConf = readFileSync('deploy/nginx.conf', 'utf8')
const installed = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0

describe.skipIf(!installed('nginx', ['-v']))('deploy/nginx.conf, run in front of two stand-in instances', () => {
  const stopped: Array<() => Promise<void>> = []
  afterAll(async () => {
    for (const stop of stopped.reverse()) await stop()
  })

  type Seen = { instance: string; path?: string; host?: string; forwardedFor?: string; acceptEncoding?: string }

  /** An app instance that answers with what it was sent: a JSON body large enough to be compressed. */
  const standIn = async (instance: string) => {
    const server = http.createServer((request, response) => {
      const seen: Seen = {
        instance,
        path: request.url,
        host: request.headers.host,
        forwardedFor: request.headers['x-forwarded-for'] as string | undefined,
        acceptEncoding: request.headers['accept-encoding'],
      }
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify({ seen, padding: 'x'.repeat(4000) }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    stopped.push(() => new Promise((resolve) => server.close(() => resolve())))
    return (server.address() as AddressInfo).port
  }

  const startProxy = async () => {
    const [a, b, port] = [await standIn('a'), await standIn('b'), await freePort()]
    const folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-nginx-'))
    const conf = nginxConf
      .replace('server app-a:3000', `server 127.0.0.1:${a}`)
      .replace('server app-b:3000', `server 127.0.0.1:${b}`)
      .replace('listen 3000;', `listen 127.0.0.1:${port};`)
      .replaceAll('/var/log/nginx/', `${folder}/`)
    await writeFile(path.join(folder, 'nginx.conf'), conf)
    const args = ['-p', `${folder}/`, '-c', path.join(folder, 'nginx.conf'), '-g', `pid ${folder}/nginx.pid; daemon off;`]
    const tested = spawnSync('nginx', ['-t', ...args], { encoding: 'utf8' })
    expect(tested.status, tested.stderr).toBe(0)
    const nginx: ChildProcess = spawn('nginx', args, { stdio: 'ignore' })
    stopped.push(async () => {
      const exited = new Promise((resolve) => nginx.once('exit', resolve))
      nginx.kill('SIGTERM')
      await exited
      await rm(folder, { recursive: true, force: true })
    })
    for (let tries = 0; tries < 50; tries++) {
      const up = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)
      if (up) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return port
  }

  /** One request through the proxy, with the headers a visitor would send. */
  const visit = (port: number, headers: Record<string, string>, path = '/') =>
    new Promise<{ seen: Seen; encoding?: string }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, headers }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => {
            const body = Buffer.concat(chunks)
            const encoding = response.headers['content-encoding']
            const text = (encoding === 'gzip' ? gunzipSync(body) : body).toString()
            resolve({ seen: (JSON.parse(text) as { seen: Seen }).seen, encoding })
          })
        })
        .on('error', reject)
    })

  it('spreads requests over both, passes the Host with its port, appends the visitor’s address and compresses', async () => {
    const port = await startProxy()
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => visit(port, { host: 'london.localhost:3000', 'x-forwarded-for': '203.0.113.9', 'accept-encoding': 'gzip' })),
    )
    expect(new Set(answers.map(({ seen }) => seen.instance))).toEqual(new Set(['a', 'b']))
    for (const { seen, encoding } of answers) {
      expect(seen.host).toBe('london.localhost:3000')
      // A visitor's own header stays in front; the last entry is the address nginx saw.
      expect(seen.forwardedFor).toBe('203.0.113.9, 127.0.0.1')
      // The instances send plain bytes; nginx compresses for the visitor.
      expect(seen.acceptEncoding).toBeUndefined()
      expect(encoding).toBe('gzip')
    }
  })

  it('passes health checks on to an instance with the same headers', async () => {
    const port = await startProxy()
    for (const path of ['/healthz', '/readyz']) {
      const { seen } = await visit(port, { host: 'stipple.example', 'x-forwarded-for': '203.0.113.9' }, path)
      expect(seen).toMatchObject({ path, host: 'stipple.example', forwardedFor: '203.0.113.9, 127.0.0.1' })
      expect(seen.acceptEncoding).toBeUndefined()
    }
  })
})
