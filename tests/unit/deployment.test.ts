import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { readEnv } from '@/lib/env'

/*
 * docker-compose.yml is the scaled-out deployment: the caching tier in front of nginx, two app
 * instances behind nginx, one worker, one migrate step before them. Docker does not run here, so the
 * file is checked for what matters (and by `docker compose config` when a client is installed),
 * deploy/nginx.conf is run for real in tests/unit/deployment-nginx.test.ts, and
 * deploy/varnish.vcl as Compose fills it in is compiled by varnishd when Varnish is installed (it runs
 * for real in tests/unit/tier-vcl.test.ts and tests/browser/caching-tier.test.ts).
 */

type Service = {
  image?: string
  healthcheck?: { test?: string[] | string }
  build?: unknown
  command?: string[] | string
  environment?: Record<string, string>
  depends_on?: string[] | Record<string, { condition: string }>
  ports?: string[]
  volumes?: string[]
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, Service> }
const { services } = compose
const nginxConf = readFileSync('deploy/nginx.conf', 'utf8')
const STIPPLE_PROCESSES = ['migrate', 'app-a', 'app-b', 'worker']

/** Generated as the file's first line says: what an operator sets before `docker compose up`. */
const OPERATOR_SECRETS = {
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  S3_SECRET_ACCESS_KEY: randomBytes(32).toString('hex'),
  CDN_PURGE_SECRET: randomBytes(32).toString('hex'),
}

/**
 * The environment as Compose fills it in from the operator's variables: `${NAME}`, `${NAME:-default}`
 * and `${NAME:?message}`, which stops Compose with the message when NAME is unset or empty.
 */
const interpolated = (environment: Record<string, string>, given: Record<string, string> = OPERATOR_SECRETS) =>
  Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [
      name,
      String(value).replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_, variable: string, kind?: string, text = '') => {
        if (given[variable]) return given[variable]!
        if (kind === '?') throw new Error(`required variable ${variable} is missing a value: ${text}`)
        return kind === '-' ? text : ''
      }),
    ]),
  )

const testCommandOf = (service: Service) => {
  const test = service.healthcheck?.test ?? []
  return Array.isArray(test) ? test.join(' ') : test
}

const dependenciesOf = (service: Service): Record<string, string> =>
  Array.isArray(service.depends_on)
    ? Object.fromEntries(service.depends_on.map((name) => [name, 'service_started']))
    : Object.fromEntries(Object.entries(service.depends_on ?? {}).map(([name, { condition }]) => [name, condition]))

const commandOf = (service: Service) => (Array.isArray(service.command) ? service.command.join(' ') : (service.command ?? ''))

const upstreamServers = (conf: string): string[] => {
  const block = /upstream\s+\S+\s*\{([^}]*)\}/.exec(conf)?.[1] ?? ''
  return [...block.matchAll(/^\s*server\s+(\S+)/gm)].map((match) => match[1]!)
}

const installed = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0

describe('the scaled-out deployment (docker-compose.yml)', () => {
  it('runs two app instances, a worker and a migrate step from one image with one environment', () => {
    for (const name of STIPPLE_PROCESSES) {
      expect(services[name], name).toBeDefined()
      expect(services[name]!.image, name).toBe(services['app-a']!.image)
    }
    const environment = services['app-a']!.environment!
    for (const name of STIPPLE_PROCESSES) expect(services[name]!.environment, name).toEqual(environment)
    for (const variable of ['DATABASE_URI', 'PAYLOAD_SECRET', 'REDIS_URL', 'SMTP_URL', 'S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) {
      expect(environment[variable], variable).toBeTruthy()
    }
  })

  it('gives them an environment Stipple accepts: shared Redis, uploads in the MinIO bucket, the proxy as its address', () => {
    const env = readEnv(interpolated(services['app-a']!.environment!) as NodeJS.ProcessEnv)
    expect(env.redisUrl).toBe('redis://redis:6379')
    expect(env.objectStorage).toMatchObject({ endpoint: 'http://minio:9000', forcePathStyle: true })
    expect(new URL(env.databaseUri).hostname).toBe('postgres')
    expect(env.serverUrl).toBe('http://localhost:3000')
    expect(env.production).toBe(true)
    expect(env.cacheTier).toMatchObject({ purgeUrls: ['http://tier:3000/'], purgeSecret: OPERATOR_SECRETS.CDN_PURGE_SECRET })
  })

  it('requires the operator’s own PAYLOAD_SECRET and S3 secret: no published value to fall back on', () => {
    const raw = readFileSync('docker-compose.yml', 'utf8')
    // Not one secret or password in the file defaults to a value written in it.
    expect(raw).not.toMatch(/\$\{[A-Z_]*(?:SECRET|PASSWORD)[A-Z_]*:-/)
    for (const variable of ['PAYLOAD_SECRET', 'S3_SECRET_ACCESS_KEY', 'CDN_PURGE_SECRET']) {
      const without = { ...OPERATOR_SECRETS, [variable]: '' }
      for (const name of STIPPLE_PROCESSES) {
        expect(() => interpolated(services[name]!.environment!, without), `${name} without ${variable}`).toThrow(`required variable ${variable} is missing a value`)
      }
    }
    // MinIO's root password is the app's S3 secret, required the same way.
    for (const name of ['minio', 'buckets']) {
      expect(() => interpolated(services[name]!.environment!, { ...OPERATOR_SECRETS, S3_SECRET_ACCESS_KEY: '' }), name).toThrow(/S3_SECRET_ACCESS_KEY is missing/)
      expect(interpolated(services[name]!.environment!).MINIO_ROOT_PASSWORD).toBe(OPERATOR_SECRETS.S3_SECRET_ACCESS_KEY)
    }
    // And an operator who pastes the old default is stopped by the app itself, in one line.
    const pasted = interpolated(services['app-a']!.environment!, { ...OPERATOR_SECRETS, PAYLOAD_SECRET: 'change-me-change-me-change-me-change-me' })
    expect(() => readEnv(pasted as NodeJS.ProcessEnv)).toThrow(/^PAYLOAD_SECRET looks like a placeholder \(it contains "change-me"\)/)
  })

  it('starts the proxy once both instances answer /readyz, and checks the proxy through /healthz', () => {
    for (const name of ['app-a', 'app-b']) {
      expect(testCommandOf(services[name]!), name).toMatch(/fetch\('http:\/\/127\.0\.0\.1:3000\/readyz'\).*r\.ok \? 0 : 1/)
    }
    expect(dependenciesOf(services.proxy!)).toEqual({ 'app-a': 'service_healthy', 'app-b': 'service_healthy' })
    expect(testCommandOf(services.proxy!)).toMatch(/http:\/\/127\.0\.0\.1:3000\/healthz/)
    // The worker serves no HTTP.
    expect(services.worker!.healthcheck).toBeUndefined()
  })

  it('migrates (and seeds) once, before any instance or the worker starts', () => {
    expect(commandOf(services.migrate!)).toMatch(/scripts\/migrate\.ts/)
    expect(dependenciesOf(services.migrate!)).toMatchObject({ postgres: 'service_healthy', buckets: 'service_completed_successfully' })
    for (const name of ['app-a', 'app-b', 'worker']) {
      expect(dependenciesOf(services[name]!), name).toMatchObject({ migrate: 'service_completed_successfully' })
    }
    // The instances start with `npm start`, whose own migration check then has nothing to do; they never seed.
    expect(services['app-a']!.command).toBeUndefined()
    expect(readFileSync('Dockerfile', 'utf8')).toMatch(/CMD .*npm start/)
    expect(services['app-a']!.environment!.SEED_DEMO).toBe('false')
    expect(commandOf(services.worker!)).toBe('npm run worker')
  })

  it('has MinIO, a one-shot step creating the configured bucket, PostgreSQL, Redis and a mail catcher', () => {
    const bucket = services['app-a']!.environment!.S3_BUCKET!
    expect(services.minio?.image).toMatch(/^minio\/minio/)
    expect(commandOf(services.buckets!)).toContain(`mb --ignore-existing stipple/${bucket}`)
    expect(commandOf(services.buckets!)).not.toMatch(/anonymous set (download|public)/)
    expect(dependenciesOf(services.buckets!)).toHaveProperty('minio')
    expect(services.postgres?.image).toMatch(/^postgres:/)
    expect(services.redis?.image).toMatch(/^redis:/)
    expect(services.mail?.image).toMatch(/mailpit/)
  })

  it('puts nginx in front of both instances, which publish no port of their own', () => {
    const proxy = services.proxy!
    expect(proxy.image).toMatch(/^nginx:/)
    expect(proxy.ports).toBeUndefined()
    expect(proxy.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro')
    expect(Object.keys(dependenciesOf(proxy)).sort()).toEqual(['app-a', 'app-b'])
    for (const name of STIPPLE_PROCESSES) expect(services[name]!.ports, name).toBeUndefined()

    expect(upstreamServers(nginxConf)).toEqual(['app-a:3000', 'app-b:3000'])
    expect(nginxConf).toMatch(/listen 3000;/)
    expect(nginxConf).toMatch(/proxy_set_header Host \$http_host;/)
    // The app reads the visitor from the last X-Forwarded-For entry: nginx must append its own view.
    expect(nginxConf).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/)
    // The tier appends the visitor, nginx the tier: the visitor is the second entry from the end.
    expect(services['app-a']!.environment!.TRUSTED_PROXY_HOPS).toBe('2')
  })

  it('puts the caching tier on port 3000 in front of nginx, with the secret the app purges it with', () => {
    const tier = services.tier!
    expect(tier.image).toMatch(/^varnish:7\./)
    expect(tier.ports).toEqual(['3000:3000'])
    expect(tier.volumes).toContain('./deploy/varnish.vcl:/etc/varnish/stipple.vcl.in:ro')
    expect(dependenciesOf(tier)).toEqual({ proxy: 'service_healthy' })
    expect(commandOf(tier)).toMatch(/s\|__BACKEND_HOST__\|proxy\|; s\|__BACKEND_PORT__\|3000\|; s\|__PURGE_SECRET__\|\$\$CDN_PURGE_SECRET\|/)
    expect(commandOf(tier)).toMatch(/exec varnishd -F -a :3000 -f \/tmp\/stipple\.vcl/)
    expect(interpolated(tier.environment!).CDN_PURGE_SECRET).toBe(OPERATOR_SECRETS.CDN_PURGE_SECRET)
    expect(() => interpolated(tier.environment!, { ...OPERATOR_SECRETS, CDN_PURGE_SECRET: '' })).toThrow(/CDN_PURGE_SECRET is missing/)
    // The app's purges go to the tier's published port inside the network.
    expect(services['app-a']!.environment!.CDN_PURGE_URLS).toBe('http://tier:3000/')
  })

  it.skipIf(!installed('varnishd', ['-V']))('fills deploy/varnish.vcl in as the tier’s command does, into a VCL varnishd compiles', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-vcl-'))
    // varnishd reads the VCL as its own user when started as root.
    await chmod(folder, 0o755)
    try {
      const script = commandOf(services.tier!)
        .replaceAll('$$', '$')
        .replace('/etc/varnish/stipple.vcl.in', path.resolve('deploy/varnish.vcl'))
        .replace('/tmp/stipple.vcl', path.join(folder, 'stipple.vcl'))
        .replace(/&&\s*exec varnishd.*$/, '')
      const filled = spawnSync('/bin/sh', ['-c', script], { encoding: 'utf8', env: { ...process.env, CDN_PURGE_SECRET: OPERATOR_SECRETS.CDN_PURGE_SECRET } })
      expect(filled.status, filled.stderr).toBe(0)
      const vcl = readFileSync(path.join(folder, 'stipple.vcl'), 'utf8')
      expect(vcl).not.toMatch(/__[A-Z_]+__/)
      expect(vcl).toContain(`.host = "proxy";`)
      expect(vcl).toContain(`req.http.purge-secret != "${OPERATOR_SECRETS.CDN_PURGE_SECRET}"`)
      // With the backend's name swapped for one this machine resolves, it compiles.
      await writeFile(path.join(folder, 'local.vcl'), vcl.replace('.host = "proxy";', '.host = "127.0.0.1";'), { mode: 0o644 })
      const compiled = spawnSync('varnishd', ['-C', '-n', path.join(folder, 'work'), '-f', path.join(folder, 'local.vcl')], { encoding: 'utf8' })
      expect(compiled.status, compiled.stderr.slice(0, 2000)).toBe(0)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it.skipIf(!installed('docker-compose', ['version']) && !installed('docker', ['compose', 'version']))('is a file Docker Compose accepts', () => {
    const [command, ...args] = installed('docker', ['compose', 'version']) ? ['docker', 'compose'] : ['docker-compose']
    const config = (env: Record<string, string>) =>
      spawnSync(command!, [...args, '-f', 'docker-compose.yml', 'config', '-q'], { encoding: 'utf8', env: { ...process.env, ...env } })
    const checked = config(OPERATOR_SECRETS)
    expect(checked.stderr).toBe('')
    expect(checked.status).toBe(0)
    const refused = config({ ...OPERATOR_SECRETS, PAYLOAD_SECRET: '' })
    expect(refused.status).not.toBe(0)
    expect(refused.stderr).toMatch(/PAYLOAD_SECRET/)
  })
})
