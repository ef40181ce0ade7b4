import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Api, Person, Seed, Session } from '../helpers/matrix'
import { type ReceivedMail, type SmtpReceiver, startSmtpReceiver, subjectOf } from '../helpers/smtp'

// Quick retries for the test; read when the mail tasks are first imported, hence hoisted.
vi.hoisted(() => {
  process.env.MAIL_RETRY_DELAY_MS = '200'
})

/*
 * Scheduled publishing publishes what brand marketing reviewed: a clinic's change after marketing
 * scheduled a case study cancels the schedule and sends it back to review (marketing is mailed),
 * through every API; the worker, when the time comes, then publishes nothing. docs/decisions/0013.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const VIA: Record<Api, string> = { rest: 'REST', graphql: 'GraphQL', local: 'the Local API' }

describe('a case study scheduled for publication, then changed by its clinic', () => {
  const received: ReceivedMail[] = []
  let smtp: SmtpReceiver | undefined
  let payload: Payload
  let helpers: typeof import('../helpers/matrix')
  let api: typeof import('../helpers/api')
  let seed: Seed
  let s: Record<Person | 'visitor', Session>
  let consentForm: number
  let jobsBefore = 0
  const made: number[] = []

  beforeAll(async () => {
    smtp = await startSmtpReceiver(0, received)
    process.env.SMTP_URL = smtp.url
    const { testPayload } = await import('../helpers/payload')
    helpers = await import('../helpers/matrix')
    api = await import('../helpers/api')
    payload = await testPayload()
    seed = await helpers.loadSeed(payload)
    s = await helpers.signInAll(payload)
    consentForm = seed.rows['consent-forms'].london[0]!
    jobsBefore = Number((await payload.find({ collection: 'payload-jobs', sort: '-id', limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id ?? 0)
  })
  afterAll(async () => {
    if (payload) {
      await helpers.removeRows(payload, 'case-studies', made)
      await payload.delete({ collection: 'payload-jobs', where: { id: { greater_than: jobsBefore } }, overrideAccess: true })
      await payload.destroy()
    }
    await smtp?.stop()
    delete process.env.SMTP_URL
    delete process.env.MAIL_RETRY_DELAY_MS
  })

  /** A London draft with the client's consent on record, submitted for review. */
  const submitted = async () => {
    const id = await helpers.throwaway(payload, seed, 'case-studies', seed.clinics.london, {
      consent: { onRecord: true, recordedOn: '2026-01-15', document: consentForm },
      review: { state: 'submitted' },
      _status: 'draft',
    })
    made.push(id)
    return id
  }
  /** As the admin's Schedule drawer does it: a publish job that runs as brand marketing, soon. */
  const schedule = async (id: number, inMs = 1_500) => {
    const waitUntil = new Date(Date.now() + inMs)
    const job = await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'case-studies', value: String(id) as never }, user: { relationTo: 'users', value: seed.users.marketing } }, waitUntil })
    return { job, waitUntil }
  }
  const runWhenDue = async (waitUntil: Date) => {
    await sleep(Math.max(0, waitUntil.getTime() - Date.now()) + 200)
    await payload.jobs.run({ queue: 'default' })
  }
  const scheduledJobs = async (id: number) => {
    const where: Where = { and: [{ id: { greater_than: jobsBefore } }, { taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { 'input.doc.value': { equals: String(id) } }] }
    return (await payload.find({ collection: 'payload-jobs', where, depth: 0, overrideAccess: true })).docs
  }
  const live = (id: number) => payload.findByID({ collection: 'case-studies', id, depth: 0, overrideAccess: true })
  const latest = (id: number) => payload.findByID({ collection: 'case-studies', id, draft: true, depth: 0, overrideAccess: true })
  /** Runs the review mails queued since, and returns their events and subjects. */
  const mailsSince = async (count: number) => {
    await payload.jobs.run({ queue: 'mail', limit: 100, where: { and: [{ id: { greater_than: jobsBefore } }, { taskSlug: { equals: 'notifyCaseStudyReview' } }] } })
    return received.slice(count).map((mail) => ({ to: [...mail.to].sort(), subject: subjectOf(mail.raw) }))
  }
  const marketingAddresses = async () =>
    (await payload.find({ collection: 'users', where: { role: { equals: 'brandMarketing' } }, depth: 0, pagination: false, overrideAccess: true })).docs.map((user) => user.email).sort()

  const editAsOwner = async (via: Api, id: number, title: string): Promise<{ status: number; message: string }> => {
    const res = await helpers.updateAs(payload, via, s.ownerLondon, 'case-studies', id, { title }, { draft: true })
    return { status: res.status, message: res.message }
  }

  for (const via of ['rest', 'graphql', 'local'] as Api[]) {
    it(`as franchise owner of London, an edit after brand marketing scheduled it cancels the schedule and sends it back to review via ${VIA[via]}`, async () => {
      const id = await submitted()
      const { title } = await latest(id)
      const { waitUntil } = await schedule(id)
      const mailsBefore = received.length

      const edited = await editAsOwner(via, id, `${title} (changed after scheduling)`)
      expect(edited.status, edited.message).toBe(200)
      expect(await scheduledJobs(id)).toEqual([])
      expect((await latest(id)).review?.state).toBe('submitted')

      await runWhenDue(waitUntil)
      expect((await live(id))._status).toBe('draft')
      expect((await api.rest('GET', `case-studies/${id}?depth=0`)).status).toBe(404)
      expect(await mailsSince(mailsBefore)).toEqual([{ to: await marketingAddresses(), subject: `Scheduled publication cancelled: “${title} (changed after scheduling)” was changed` }])
    })
  }

  it('as brand marketing, schedules it again after reviewing the change, and the worker publishes that version', async () => {
    const id = await submitted()
    await editAsOwner('rest', id, 'Reviewed title')
    const { waitUntil } = await schedule(id)
    await runWhenDue(waitUntil)
    expect(await live(id)).toMatchObject({ _status: 'published', title: 'Reviewed title', review: { state: 'approved' } })
  })

  it('as brand marketing, changing a scheduled case study keeps the schedule (marketing is the reviewer)', async () => {
    const id = await submitted()
    await schedule(id, 60_000)
    const res = await helpers.updateAs(payload, 'rest', s.marketing, 'case-studies', id, { title: 'Tidied by marketing' }, { draft: true })
    expect(res.status, res.message).toBe(200)
    expect(await scheduledJobs(id)).toHaveLength(1)
  })

  it('an unpublication scheduled by marketing stays scheduled when the clinic edits a draft', async () => {
    const id = await submitted()
    const waitUntil = new Date(Date.now() + 60_000)
    await payload.jobs.queue({ task: 'schedulePublish', input: { type: 'unpublish', doc: { relationTo: 'case-studies', value: String(id) as never }, user: { relationTo: 'users', value: seed.users.marketing } }, waitUntil })
    expect((await editAsOwner('rest', id, 'A draft edit')).status).toBe(200)
    expect(await scheduledJobs(id)).toHaveLength(1)
  })

  describe('the admin’s Schedule drawer', () => {
    /** The drawer's server function, as the admin calls it for `session`. */
    const drawer = async (session: Session, input: { deleteID?: number | string; doc?: { relationTo: 'case-studies' | 'pages'; value: string }; type?: 'publish' }) => {
      const { guardedSchedulePublish } = await import('@/lib/editorial/guardedSchedulePublish')
      const { createLocalReq } = await import('payload')
      const req = await createLocalReq({ user: session.user }, payload)
      return Promise.resolve(guardedSchedulePublish({ ...input, date: new Date(Date.now() + 3_600_000), req, user: req.user } as never)).then(
        () => 'done',
        (error: { status?: number }) => error.status,
      )
    }

    it('as clinic staff of London, cannot cancel brand marketing’s schedule of a case study', async () => {
      const id = await submitted()
      const { job } = await schedule(id, 3_600_000)
      expect(await drawer(s.staffLondon, { deleteID: job.id })).toBe(403)
      expect(await scheduledJobs(id)).toHaveLength(1)
    })

    it('as franchise owner of London, cannot schedule their clinic’s case study (brand marketing publishes), but can schedule their own page', async () => {
      const id = await submitted()
      expect(await drawer(s.ownerLondon, { type: 'publish', doc: { relationTo: 'case-studies', value: String(id) } })).toBe(403)
      expect(await scheduledJobs(id)).toEqual([])
      const page = seed.rows.pages.london[0]!
      const before = (await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: String(page) } }] }, overrideAccess: true })).totalDocs
      expect(await drawer(s.ownerLondon, { type: 'publish', doc: { relationTo: 'pages', value: String(page) } })).toBe('done')
      expect(await drawer(s.ownerManchester, { type: 'publish', doc: { relationTo: 'pages', value: String(page) } })).toBe(403)
      const after = (await payload.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { 'input.doc.value': { equals: String(page) } }] }, overrideAccess: true })).totalDocs
      expect(after).toBe(before + 1)
    })

    it('as brand marketing, schedules a case study and cancels the schedule', async () => {
      const id = await submitted()
      expect(await drawer(s.marketing, { type: 'publish', doc: { relationTo: 'case-studies', value: String(id) } })).toBe('done')
      const [job] = await scheduledJobs(id)
      expect(job).toBeDefined()
      expect(await drawer(s.marketing, { deleteID: job!.id })).toBe('done')
      expect(await scheduledJobs(id)).toEqual([])
    })
  })

  it('as franchise owner of London, cannot change it while the worker is publishing it: told to save again shortly, nothing lost', async () => {
    const id = await submitted()
    const { job } = await schedule(id, 60_000)
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: true }, returning: false })
    const { title } = await latest(id)
    const refused = await api.rest('PATCH', `case-studies/${id}?draft=true&depth=0`, { token: s.ownerLondon.token, body: { title: 'Changed mid-publication' } })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toMatch(/being published right now/)
    expect((await latest(id)).title).toBe(title)
    await payload.db.updateOne({ collection: 'payload-jobs', id: job.id, data: { processing: false }, returning: false })
  })
})
