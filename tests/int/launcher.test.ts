import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/lib/freePort'
import { DEMO_CLINICS } from '@/seed/data/clinics'

import { visit } from '../browser/visit'

/*
 * The launcher behind `npm run dev` / `npm start`: its own embedded PostgreSQL, a clear one-line
 * refusal of bad configuration, and nothing left running after SIGTERM. Its development runs keep
 * to this suite's own folders — Next's in `.next-test-dev`, never the developer's `.next` — and
 * the two of them, on two databases in that one folder, each show their own database's content.
 */

/** The suite's own dist dir for `npm run dev`: kept between runs, like `.next-test`, so Next's references to its types stay valid. */
const DEV_DIST_DIR = '.next-test-dev'

/** When the developer's own folders were last written to (undefined: they do not exist). */
const developerFolders = () =>
  ['.next', '.next/cache', '.next/dev', '.next/dev/cache', '.next/dev/cache/fetch-cache', 'media', '.data'].map((folder) => [folder, existsSync(folder) ? statSync(folder).mtimeMs : undefined])

const started: ChildProcess[] = []
const launcher = (script: string, env: Record<string, string | undefined>): ChildProcess => {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`], {
    env: { ...process.env, STIPPLE_DIST_DIR: DEV_DIST_DIR, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  started.push(child)
  return child
}

const output = (child: ChildProcess) => {
  let text = ''
  child.stdout!.on('data', (chunk) => (text += chunk))
  child.stderr!.on('data', (chunk) => (text += chunk))
  return () => text
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.on('exit', resolve),
  )

const postgresProcessesOf = (dataDir: string) =>
  spawnSync('pgrep', ['-f', '--', `-D ${dataDir}`], { encoding: 'utf8' }).stdout.trim()

describe('the launcher', () => {
  const untouched = developerFolders()
  const folders: string[] = []
  const scratch = async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-launcher-'))
    folders.push(folder)
    await chmod(folder, 0o755)
    return folder
  }
  afterAll(async () => {
    // A failed assertion must not leave a launcher (and its PostgreSQL) running after the suite.
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await Promise.all(started.map(exited))
    for (const folder of folders) await rm(folder, { recursive: true, force: true })
  })

  const waitFor = async (child: ChildProcess, log: () => string, ready: RegExp[], ms: number) => {
    const deadline = Date.now() + ms
    while (!ready.every((line) => line.test(log())) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 250))
  }

  it('starts its own PostgreSQL and Next, and leaves no PostgreSQL behind after SIGTERM', async () => {
    const dataRoot = await scratch()
    const port = await freePort()
    const child = launcher('dev', { DATABASE_URI: '', STIPPLE_DATA_DIR: dataRoot, PORT: String(port), SEED_DEMO: 'false', PAYLOAD_SECRET: '' })
    const log = output(child)
    await waitFor(child, log, [/Ready in/], 120_000)
    expect(log()).toMatch(/Ready in/)
    const dataDir = path.join(dataRoot, 'postgres')
    expect(postgresProcessesOf(dataDir)).not.toBe('')
    expect(existsSync(path.join(dataRoot, 'payload-secret'))).toBe(true)
    // An empty database: the hub has no clinic to show — and Next keeps that in its caches on disk.
    const hub = await visit(`http://localhost:${port}/`)
    expect(hub.status).toBe(200)
    expect(hub.text).not.toContain(DEMO_CLINICS[0]!.name)

    child.kill('SIGTERM')
    expect(await exited(child), log()).toBe(0)
    expect(postgresProcessesOf(dataDir)).toBe('')
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false)
  }, 150_000)

  it('in development runs the jobs worker and a local mail catcher: a consultation request ends up as a mail in .data/mail', async () => {
    const dataRoot = await scratch()
    const port = await freePort()
    const child = launcher('dev', { DATABASE_URI: '', STIPPLE_DATA_DIR: dataRoot, PORT: String(port), SEED_DEMO: 'true', PAYLOAD_SECRET: '', SMTP_URL: '' })
    const log = output(child)
    await waitFor(child, log, [/Ready in/, /\[worker\] running jobs/], 150_000)
    expect(log()).toMatch(/Mails go to the local catcher/)
    expect(log()).toMatch(/\[worker\] running jobs/)

    // As a visitor's browser would: a form token first, then the form a few seconds later (the
    // seconds the hub below takes to compile and answer count towards them).
    const endpoint = `http://127.0.0.1:${port}/clinics/london/book/request`
    const { formToken } = (await (await fetch(endpoint)).json()) as { formToken: string }
    const tokenShown = Date.now()

    // The same folder as the run before, on another database: this database's clinics, not what
    // the empty one left in Next's caches.
    const hub = await visit(`http://localhost:${port}/`)
    for (const clinic of DEMO_CLINICS) expect(hub.text).toContain(clinic.name)

    await new Promise((r) => setTimeout(r, Math.max(0, tokenShown + 3_200 - Date.now())))
    const form = new FormData()
    for (const [name, value] of Object.entries({ name: 'Dev Visitor', email: 'dev.visitor@example.test', phone: '020 7946 0999', privacyConsent: 'on', formToken })) {
      form.append(name, value)
    }
    const answer = await fetch(endpoint, { method: 'POST', body: form, headers: { accept: 'application/json' } })
    expect(answer.status, await answer.clone().text()).toBe(201)

    const mailDir = path.join(dataRoot, 'mail')
    const mails = async () => (existsSync(mailDir) ? Promise.all((await readdir(mailDir)).map((file) => readFile(path.join(mailDir, file), 'utf8'))) : [])
    const mailDeadline = Date.now() + 30_000
    while ((await mails()).length < 2 && Date.now() < mailDeadline) await new Promise((r) => setTimeout(r, 250))
    const caught = await mails()
    expect(caught.some((mail) => /^To: london@stipple\.example/m.test(mail))).toBe(true)
    expect(caught.some((mail) => /^To: dev\.visitor@example\.test/m.test(mail))).toBe(true)
    // The visitor's details went into the mails, not into the log.
    expect(log()).not.toContain('dev.visitor@example.test')

    child.kill('SIGTERM')
    expect(await exited(child), log()).toBe(0)
    expect(log()).toMatch(/\[worker\] stopped/)
    expect(postgresProcessesOf(path.join(dataRoot, 'postgres'))).toBe('')
  }, 240_000)

  it('never writes into the developer’s .next, media or .data', () => {
    expect(developerFolders()).toEqual(untouched)
  })

  // The refusals below are three processes of their own that exit at once: asked side by side.
  it.concurrent('says in one line that DATABASE_URI cannot be reached', async () => {
    const child = launcher('start', { DATABASE_URI: 'postgres://nobody@127.0.0.1:1/stipple', PAYLOAD_SECRET: randomBytes(32).toString('hex') })
    const log = output(child)
    expect(await exited(child)).toBe(1)
    expect(log()).toMatch(/^\[stipple\] Cannot use the database at 127\.0\.0\.1:1\/stipple from DATABASE_URI: ECONNREFUSED/m)
    expect(log()).not.toMatch(/\n\s+at /)
  }, 60_000)

  it.concurrent('refuses to start in production without a real PAYLOAD_SECRET', async () => {
    const child = launcher('start', { DATABASE_URI: process.env.DATABASE_URI, PAYLOAD_SECRET: 'short' })
    const log = output(child)
    expect(await exited(child)).toBe(1)
    expect(log().trim()).toBe('[stipple] PAYLOAD_SECRET must be at least 32 characters (it has 5). Generate one with: node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'hex\'))"')
  }, 60_000)

  it.concurrent('refuses the old docker-compose default in production, in one line', async () => {
    const child = launcher('start', { DATABASE_URI: process.env.DATABASE_URI, PAYLOAD_SECRET: 'change-me-change-me-change-me-change-me' })
    const log = output(child)
    expect(await exited(child)).toBe(1)
    expect(log().trim()).toBe(
      '[stipple] PAYLOAD_SECRET looks like a placeholder (it contains "change-me"): production needs a secret of its own. Generate one with: node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'hex\'))"',
    )
  }, 60_000)
})
