import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Clinic } from '@/payload-types'

import type { Answer } from '../helpers/caseStudySaves'
import type { Api, Person, Seed, Session } from '../helpers/matrix'
import { htmlOf, type ReceivedMail, type SmtpReceiver, startSmtpReceiver, subjectOf } from '../helpers/smtp'

// Quick retries for the test; read when the mail tasks are first imported, hence hoisted.
vi.hoisted(() => {
  process.env.MAIL_RETRY_DELAY_MS = '200'
})

/*
 * The review loop of a case study, as the people who do it: London's franchise owner drafts and
 * submits, brand marketing sends it back with a comment or publishes it — once the client's consent
 * is on record. Every step that hands the case study to someone else mails them, through the jobs
 * queue and a real SMTP exchange; saves that change nothing in the review mail no one.
 */
const VIA: Record<Api, string> = { rest: 'REST', graphql: 'GraphQL', local: 'the Local API' }
/** The mail task's slug; its module reads the environment on import, so it is not imported here. */
const REVIEW_MAIL_TASK = 'notifyCaseStudyReview'
const RECORDED_ON = '2026-02-01T00:00:00.000Z'
const COMMENT = 'Retake the "after" photo in daylight <b>please</b> & crop it like the before one.'

describe('case study review loop', () => {
  const received: ReceivedMail[] = []
  let smtp: SmtpReceiver | undefined
  let payload: Payload
  let helpers: typeof import('../helpers/matrix')
  let api: typeof import('../helpers/api')
  let saves: typeof import('../helpers/caseStudySaves')
  let seed: Seed
  let s: Record<Person | 'visitor', Session>
  let london: Clinic
  let marketingAddresses: string[]
  let londonOwnerAddresses: string[]
  let jobsBefore = 0
  const madeStudies: number[] = []
  const madeForms: number[] = []

  beforeAll(async () => {
    smtp = await startSmtpReceiver(0, received)
    // Read once by the config, so set before it is first imported.
    process.env.SMTP_URL = smtp.url
    const { testPayload } = await import('../helpers/payload')
    helpers = await import('../helpers/matrix')
    api = await import('../helpers/api')
    saves = await import('../helpers/caseStudySaves')
    payload = await testPayload()
    seed = await helpers.loadSeed(payload)
    s = await helpers.signInAll(payload)
    london = (await payload.findByID({ collection: 'clinics', id: seed.clinics.london, depth: 0, overrideAccess: true })) as Clinic
    const emailsOf = async (where: object) =>
      (await payload.find({ collection: 'users', where: where as never, depth: 0, pagination: false, overrideAccess: true })).docs.map((user) => user.email).sort()
    marketingAddresses = await emailsOf({ role: { equals: 'brandMarketing' } })
    londonOwnerAddresses = await emailsOf({ and: [{ role: { equals: 'franchiseOwner' } }, { 'clinics.clinic': { equals: london.id } }] })
    const last = await payload.find({ collection: 'payload-jobs', sort: '-id', limit: 1, depth: 0, overrideAccess: true })
    jobsBefore = Number(last.docs[0]?.id ?? 0)
  })

  afterAll(async () => {
    if (payload) {
      await helpers.removeRows(payload, 'case-studies', madeStudies)
      await helpers.removeRows(payload, 'consent-forms', madeForms)
      if (madeStudies.length)
        await payload.delete({ collection: 'publish-log', where: { and: [{ collectionName: { equals: 'case-studies' } }, { document: { in: madeStudies } }] }, overrideAccess: true })
      await payload.delete({ collection: 'payload-jobs', where: ourJobs(), overrideAccess: true })
      await payload.destroy()
    }
    await smtp?.stop()
    delete process.env.SMTP_URL
    delete process.env.MAIL_RETRY_DELAY_MS
  })

  /** Review mail jobs this file queued (and no one else's). */
  const ourJobs = (): Where => ({ and: [{ id: { greater_than: jobsBefore } }, { taskSlug: { equals: REVIEW_MAIL_TASK } }] })
  /**
   * Runs the review mails queued so far, as the worker would, and returns the mails that arrived
   * with the events of the jobs that sent them (a job is deleted once it has run).
   */
  const deliver = async () => {
    const before = received.length
    const queued = await payload.find({ collection: 'payload-jobs', where: { and: [ourJobs(), { completedAt: { exists: false } }] }, sort: 'id', depth: 0, pagination: false, overrideAccess: true })
    await payload.jobs.run({ queue: 'mail', limit: 100, where: ourJobs() })
    const open = await payload.count({ collection: 'payload-jobs', where: { and: [ourJobs(), { completedAt: { exists: false } }] }, overrideAccess: true })
    expect(open.totalDocs, 'review mail jobs left unsent').toBe(0)
    const mails = received.slice(before)
    return Object.assign(mails, { events: queued.docs.map((job) => (job.input as { event: string }).event) })
  }

  const expectNothingQueued = (delivered: ReceivedMail[] & { events: string[] }) => {
    expect(delivered.events, 'review mail jobs queued').toEqual([])
    expect(delivered, 'review mails sent').toHaveLength(0)
  }

  const stored = async (id: number) => payload.findByID({ collection: 'case-studies', id, draft: true, depth: 0, overrideAccess: true })

  const save = (via: Api, session: Session, id: number, data: Record<string, unknown>, options?: { draft?: boolean }) => saves.saveCaseStudy(payload, via, session, id, data, options)

  const expectRefusedAt = (answer: Answer, path: string, message: RegExp) => {
    expect(answer.status, JSON.stringify(answer.errors)).toBe(400)
    expect(answer.errors, JSON.stringify(answer.errors)).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }))
  }

  /** A new London draft, as London's owner writes it through REST: fields copied from a seeded case study. */
  const draftForLondon = async () => {
    const { data } = await helpers.sampleRow(payload, seed, 'case-studies', seed.clinics.london)
    const { review: _review, ...fields } = data
    const res = await api.rest('POST', 'case-studies?draft=true&depth=0', { token: s.ownerLondon.token, body: fields })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    madeStudies.push(res.body.doc.id)
    expect(res.body.doc.review?.state).toBe('notSubmitted')
    return res.body.doc as { id: number; slug: string; title: string }
  }

  /** London's owner records the client's consent, with a signed form uploaded for London. */
  const recordConsent = async (via: Api, id: number) => {
    const { data, file } = await helpers.sampleRow(payload, seed, 'consent-forms', seed.clinics.london)
    const form = await helpers.createAs(payload, 'rest', s.ownerLondon, 'consent-forms', data, { file })
    expect(form.status, form.message).toBe(201)
    madeForms.push(form.doc.id)
    return save(via, s.ownerLondon, id, { consent: { onRecord: true, recordedOn: RECORDED_ON, document: form.doc.id } })
  }

  it('as franchise owner of Manchester, cannot submit London’s case study via REST, GraphQL or the Local API', async () => {
    const { id } = await draftForLondon()
    for (const via of ['rest', 'graphql', 'local'] as Api[]) {
      const answer = await save(via, s.ownerManchester, id, { review: { state: 'submitted' } })
      expect([403, 404], `${VIA[via]}: ${answer.status} ${JSON.stringify(answer.errors)}`).toContain(answer.status)
      expect(answer.doc ?? null).toBeNull()
    }
    expect((await stored(id)).review?.state).toBe('notSubmitted')
    expectNothingQueued(await deliver())
  })

  for (const via of ['rest', 'graphql', 'local'] as Api[]) {
    it(`runs the whole loop via ${VIA[via]}: submit, send back with a comment, resubmit, publish once consent is on record`, async () => {
      const study = await draftForLondon()
      const { id } = study

      // As London's owner: submit — brand marketing hears of it, once.
      const submitted = await save(via, s.ownerLondon, id, { review: { state: 'submitted' } })
      expect(submitted.status, JSON.stringify(submitted.errors)).toBe(200)
      expect(submitted.doc.review?.state).toBe('submitted')
      let mails = await deliver()
      expect(mails.events).toEqual(['submitted'])
      expect(mails.map((mail) => mail.to.sort())).toEqual([marketingAddresses])
      expect(subjectOf(mails[0]!.raw)).toBe(`A case study from ${london.name} is waiting for review`)
      expect(htmlOf(mails[0]!.raw)).toContain(`/admin/collections/case-studies/${id}"`)

      // Editing a submitted draft (an autosave, then a draft save) keeps it submitted and mails no one.
      const title = `${study.title} (typo fixed)`
      const autosaved = await api.rest('PATCH', `case-studies/${id}?draft=true&autosave=true&depth=0`, { token: s.ownerLondon.token, body: { title } })
      expect(autosaved.status, JSON.stringify(autosaved.body)).toBe(200)
      const edited = await save(via, s.ownerLondon, id, { sessions: 2 })
      expect(edited.status, JSON.stringify(edited.errors)).toBe(200)
      expect((await stored(id)).review?.state).toBe('submitted')
      expectNothingQueued(await deliver())

      // As London's owner: neither publish nor approve nor send back.
      expectRefusedAt(await save(via, s.ownerLondon, id, { _status: 'published' }, { draft: false }), '_status', /brand marketing publishes/i)
      expectRefusedAt(await save(via, s.ownerLondon, id, { review: { state: 'approved' } }), 'review.state', /brand marketing approves/i)
      expectRefusedAt(await save(via, s.ownerLondon, id, { review: { state: 'changesRequested' } }), 'review.state', /brand marketing approves/i)
      expect(await stored(id)).toMatchObject({ _status: 'draft', review: { state: 'submitted' } })

      // As brand marketing: sending it back needs a comment saying what to fix.
      expectRefusedAt(await save(via, s.marketing, id, { review: { state: 'changesRequested' } }), 'review.comment', /comment.*what to fix/i)
      expect((await stored(id)).review?.state).toBe('submitted')
      const sentBack = await save(via, s.marketing, id, { review: { state: 'changesRequested', comment: COMMENT } })
      expect(sentBack.status, JSON.stringify(sentBack.errors)).toBe(200)
      expect(sentBack.doc.review).toMatchObject({ state: 'changesRequested', comment: COMMENT })
      expect(sentBack.doc._status).toBe('draft')
      mails = await deliver()
      expect(mails.events).toEqual(['changesRequested'])
      expect(mails.map((mail) => mail.to.sort())).toEqual([londonOwnerAddresses])
      expect(subjectOf(mails[0]!.raw)).toBe(`Changes requested: “${title}”`)
      const html = htmlOf(mails[0]!.raw)
      // The comment arrives escaped in the HTML part.
      expect(html).toContain('Retake the &quot;after&quot; photo in daylight &lt;b&gt;please&lt;/b&gt; &amp; crop it like the before one.')
      expect(html).not.toContain('<b>please</b>')
      expect(html).toContain(london.branding?.primaryColour ?? '#1f3a5f')

      // As London's owner: resubmit — marketing hears of it again.
      const resubmitted = await save(via, s.ownerLondon, id, { review: { state: 'submitted' } })
      expect(resubmitted.status, JSON.stringify(resubmitted.errors)).toBe(200)
      mails = await deliver()
      expect(mails.events).toEqual(['submitted'])
      expect(mails.map((mail) => mail.to.sort())).toEqual([marketingAddresses])

      // As brand marketing: no publishing while the client's consent is not on record…
      expectRefusedAt(await save(via, s.marketing, id, { _status: 'published' }, { draft: false }), 'consent.onRecord', /consent is not on record/i)
      // …and recording it is the clinic's statement, not marketing's: their attempt does not take.
      const byMarketing = await save(via, s.marketing, id, { consent: { onRecord: true, recordedOn: RECORDED_ON } })
      expect(byMarketing.status, JSON.stringify(byMarketing.errors)).toBe(200)
      expect((await stored(id)).consent?.onRecord).toBeFalsy()
      expect(await stored(id)).toMatchObject({ _status: 'draft', review: { state: 'submitted' } })
      expectNothingQueued(await deliver())

      // London's owner records it (with the signed form); the case study stays submitted.
      const consent = await recordConsent(via, id)
      expect(consent.status, JSON.stringify(consent.errors)).toBe(200)
      expect((await stored(id)).review?.state).toBe('submitted')

      // As brand marketing: publish — approved, live, logged, and the clinic's owners told where to see it.
      const published = await save(via, s.marketing, id, { _status: 'published' }, { draft: false })
      expect(published.status, JSON.stringify(published.errors)).toBe(200)
      expect(published.doc).toMatchObject({ _status: 'published', review: { state: 'approved' } })
      mails = await deliver()
      expect(mails.events).toEqual(['published'])
      expect(mails.map((mail) => mail.to.sort())).toEqual([londonOwnerAddresses])
      expect(subjectOf(mails[0]!.raw)).toBe(`Your case study is live: “${title}”`)
      expect(htmlOf(mails[0]!.raw)).toMatch(new RegExp(`href="https?://[^"]+/results/${study.slug}"`))

      const asVisitor = await api.rest('GET', `case-studies/${id}?depth=0`)
      expect(asVisitor.status).toBe(200)
      expect(asVisitor.body).toMatchObject({ id, _status: 'published', slug: study.slug })

      const log = await payload.find({
        collection: 'publish-log',
        where: { and: [{ collectionName: { equals: 'case-studies' } }, { document: { equals: id } }, { action: { equals: 'published' } }] },
        depth: 0,
        overrideAccess: true,
      })
      expect(log.docs).toHaveLength(1)
      expect(log.docs[0]!.by).toBe(s.marketing.user!.id)

      // Publishing it again (an edit by marketing) is no new approval: the owners are not told twice.
      const republished = await save(via, s.marketing, id, { sessions: 3, _status: 'published' }, { draft: false })
      expect(republished.status, JSON.stringify(republished.errors)).toBe(200)
      expectNothingQueued(await deliver())
    })
  }

  it('as brand marketing, sending back a case study that is live keeps it live: refused as a publish, taken as a draft', async () => {
    const { id } = await draftForLondon()
    expect((await recordConsent('rest', id)).status).toBe(200)
    expect((await save('rest', s.marketing, id, { _status: 'published' }, { draft: false })).status).toBe(200)
    expect((await deliver()).events).toEqual(['published'])

    const asPublish = await save('rest', s.marketing, id, { _status: 'published', review: { state: 'changesRequested', comment: 'Shorter story, please.' } }, { draft: false })
    expectRefusedAt(asPublish, 'review.state', /live/i)
    const asDraft = await save('rest', s.marketing, id, { review: { state: 'changesRequested', comment: 'Shorter story, please.' } })
    expect(asDraft.status, JSON.stringify(asDraft.errors)).toBe(200)
    const live = await payload.findByID({ collection: 'case-studies', id, draft: false, depth: 0, overrideAccess: true })
    expect(live._status).toBe('published')
    const mails = await deliver()
    expect(mails.events).toEqual(['changesRequested'])
    expect(mails.map((mail) => mail.to.sort())).toEqual([londonOwnerAddresses])
  })

  it('as franchise owner of London, a copy of a published case study starts its own review and mails no one', async () => {
    const published = await payload.find({ collection: 'case-studies', where: { and: [{ clinic: { equals: london.id } }, { _status: { equals: 'published' } }] }, sort: 'id', limit: 1, depth: 0, overrideAccess: true })
    const source = published.docs[0]!
    expect(source.review?.state).toBe('approved')
    const copy = await api.rest('POST', `case-studies/${source.id}/duplicate?draft=true&depth=0`, { token: s.ownerLondon.token })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    madeStudies.push(copy.body.doc.id)
    expect(copy.body.doc).toMatchObject({ _status: 'draft', review: { state: 'notSubmitted' } })
    expectNothingQueued(await deliver())
  })

  it('as brand marketing, cannot mark a draft approved without publishing it', async () => {
    const { id } = await draftForLondon()
    expectRefusedAt(await save('rest', s.marketing, id, { review: { state: 'approved' } }), 'review.state', /approved by publishing/i)
    expect((await stored(id)).review?.state).toBe('notSubmitted')
  })

  for (const via of ['rest', 'local'] as Api[]) {
    it(`as franchise owner of London, a save without the draft flag on a live case study is refused, never taking it down, via ${VIA[via]}`, async () => {
      const { id, title } = await draftForLondon()
      expect((await recordConsent('rest', id)).status).toBe(200)
      expect((await save('rest', s.marketing, id, { _status: 'published' }, { draft: false })).status).toBe(200)
      await deliver()
      // A draft on top first, so "the latest version" is a draft…
      expect((await save(via, s.ownerLondon, id, { title: `${title} (edited)` })).status).toBe(200)
      // …then a plain save, which would take its status from that draft and unpublish.
      expectRefusedAt(await save(via, s.ownerLondon, id, { title: `${title} (edited again)` }, { draft: false }), '_status', /brand marketing publishes/)
      const live = await payload.findByID({ collection: 'case-studies', id, draft: false, depth: 0, overrideAccess: true })
      expect(live._status).toBe('published')
      expect(live.title).toBe(title)
      expect((await api.rest('GET', `case-studies/${id}?depth=0`)).status).toBe(200)
    })
  }
})
