import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { freePort } from '@/lib/runtime/freePort'

/*
 * The launcher behind `npm run dev` / `npm start`: its own embedded PostgreSQL, a clear one-line
 * refusal of bad configuration, and nothing left running after SIGTERM.
 */

const started: ChildProcess[] = []
const launcher = (script: string, env: Record<string, string | undefined>): ChildProcess => {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`], {
    env: { ...process.env, ...env },
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

  it('starts its own PostgreSQL and Next, and leaves no PostgreSQL behind after SIGTERM', async () => {
    const dataRoot = await scratch()
    const port = await freePort()
    const child = launcher('dev', { DATABASE_URI: '', STIPPLE_DATA_DIR: dataRoot, PORT: String(port), SEED_DEMO: 'false', PAYLOAD_SECRET: '' })
    const log = output(child)
    const deadline = Date.now() + 120_000
    while (!/Ready in/.test(log()) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 250))
    expect(log()).toMatch(/Ready in/)
    const dataDir = path.join(dataRoot, 'postgres')
    expect(postgresProcessesOf(dataDir)).not.toBe('')
    expect(existsSync(path.join(dataRoot, 'payload-secret'))).toBe(true)

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
    const deadline = Date.now() + 150_000
    while (!(/Ready in/.test(log()) && /\[worker\] running jobs/.test(log())) && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 250))
    }
    expect(log()).toMatch(/Mails go to the local catcher/)
    expect(log()).toMatch(/\[worker\] running jobs/)

    // As a visitor's browser would: a form token first, then the form a few seconds later.
    const endpoint = `http://127.0.0.1:${port}/clinics/london/book/request`
    const { formToken } = (await (await fetch(endpoint)).json()) as { formToken: string }
    await new Promise((r) => setTimeout(r, 3_200))
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

  it('says in one line that DATABASE_URI cannot be reached', async () => {
    const child = launcher('start', { DATABASE_URI: 'postgres://nobody@127.0.0.1:1/stipple', PAYLOAD_SECRET: 'p'.repeat(40) })
    const log = output(child)
    expect(await exited(child)).toBe(1)
    expect(log()).toMatch(/^\[stipple\] Cannot use the database at 127\.0\.0\.1:1\/stipple from DATABASE_URI: ECONNREFUSED/m)
    expect(log()).not.toMatch(/\n\s+at /)
  }, 60_000)

  it('refuses to start in production without a real PAYLOAD_SECRET', async () => {
    const child = launcher('start', { DATABASE_URI: process.env.DATABASE_URI, PAYLOAD_SECRET: 'short' })
    const log = output(child)
    expect(await exited(child)).toBe(1)
    expect(log().trim()).toBe('[stipple] PAYLOAD_SECRET must be at least 32 characters (it has 5). Generate one with: node -e "console.log(require(\'crypto\').randomBytes(32).toString(\'hex\'))"')
  }, 60_000)
})
