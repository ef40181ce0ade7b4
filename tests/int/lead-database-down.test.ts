import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type EmbeddedDatabase, startEmbeddedDatabase } from '../../scripts/lib/embeddedDatabase'
import { freePort } from '../../scripts/lib/freePort'
import { migrateDatabase } from '../helpers/migrateDatabase'

/*
 * PostgreSQL stops in the middle of a stream of consultation requests and comes back. Every
 * visitor gets an honest answer — "received" only for a lead that is stored, "NOT sent, call us"
 * otherwise — and no lead that was answered with success is missing afterwards. This file runs on
 * a PostgreSQL of its own, since it stops it.
 */

type Answer = { status: number; body: any; email: string; phase: 'before' | 'down' | 'after' }

describe('PostgreSQL stopped mid-run', () => {
  let folder: string
  let port: number
  let database: EmbeddedDatabase
  let payload: Payload
  let helpers: typeof import('../helpers/leads')
  const originalUri = process.env.DATABASE_URI

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-fault-'))
    await chmod(folder, 0o755)
    port = await freePort()
    database = await startEmbeddedDatabase({ dataDir: path.join(folder, 'postgres'), database: 'stipple_fault', port })
    await migrateDatabase(database.uri, 'ifEmpty')
    // The config reads DATABASE_URI once, at its first import in this file's process.
    process.env.DATABASE_URI = database.uri
    helpers = await import('../helpers/leads')
    payload = await (await import('../helpers/payload')).testPayload()
  })

  afterAll(async () => {
    await payload?.destroy().catch(() => undefined)
    await database?.stop()
    await rm(folder, { recursive: true, force: true })
    process.env.DATABASE_URI = originalUri
  })

  it('answers every request honestly, and keeps every lead it said it received', async () => {
    const clinic = await helpers.leadClinicOf(payload, 'london')
    const context = helpers.testContext(payload, clinic)
    const answers: Answer[] = []
    const submit = async (phase: Answer['phase']) => {
      const fields = helpers.visitorFields()
      const answer = await helpers.send(helpers.leadRequest(helpers.formDataOf(fields)), context)
      answers.push({ status: answer.status, body: answer.body, email: fields.email, phase })
    }

    for (let i = 0; i < 10; i += 1) await submit('before')
    // Stop the server while requests are in flight.
    const inFlight = Array.from({ length: 10 }, () => submit('before'))
    const stopped = database.stop()
    await Promise.all([...inFlight, stopped])
    for (let i = 0; i < 10; i += 1) await submit('down')

    database = await startEmbeddedDatabase({ dataDir: path.join(folder, 'postgres'), database: 'stipple_fault', port })
    // The pool finds the server again on its own; give it a few requests to do so.
    const deadline = Date.now() + 30_000
    let recovered = false
    while (!recovered && Date.now() < deadline) {
      await submit('after')
      recovered = answers.at(-1)!.status === 201
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 500))
    }

    // Only two answers exist: received, or not sent with the clinic's phone number.
    for (const answer of answers) {
      expect([201, 503]).toContain(answer.status)
      if (answer.status === 503) {
        expect(answer.body).toMatchObject({ status: 'notSent', phone: clinic.phone })
        expect(answer.body.message).toMatch(/NOT sent/)
      }
    }
    expect(answers.filter((answer) => answer.phase === 'before' && answer.status === 201).length).toBeGreaterThanOrEqual(10)
    expect(answers.filter((answer) => answer.phase === 'down').every((answer) => answer.status === 503)).toBe(true)
    expect(recovered).toBe(true)

    // Every lead answered with success is there, with its mail jobs; none of the refused ones is.
    const received = answers.filter((answer) => answer.status === 201)
    const { docs } = await payload.find({
      collection: 'leads',
      where: { email: { in: answers.map((answer) => answer.email) } },
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
    expect(docs.map((lead) => lead.email).sort()).toEqual(received.map((answer) => answer.email).sort())
    const ids = docs.map((lead) => lead.id)
    const { totalDocs: jobs } = await payload.count({ collection: 'payload-jobs', where: { 'input.lead': { in: ids } }, overrideAccess: true })
    expect(jobs).toBe(ids.length * 2)
  })
})
