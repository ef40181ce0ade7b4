import { sql } from '@payloadcms/db-postgres'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { readReviewToken } from '@/lib/reviews/reviewLink'
import { LATER_REQUEST_AFTER_MS, REVIEW_REQUEST_TASK } from '@/lib/reviews/rules'

import { rest } from '../helpers/api'
import { jobsFor, london, manchester, payload, useLeadIntakeDatabase } from '../helpers/leadIntakeDatabase'
import { demoToken } from '../helpers/payload'
import { goodReview, openReviewForm, postReview, reviewContextOf, reviewsOf, tokenFor, treatedLead } from '../helpers/reviews'
import { decodedOf, htmlOf, type ReceivedMail, startSmtpReceiver, subjectOf } from '../helpers/smtp'

// The config reads the mail server once, when first imported.
const SMTP_PORT = vi.hoisted(() => {
  const port = 40_000 + ((process.pid + 7) % 20_000)
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
  process.env.MAIL_RETRY_DELAY_MS = '200'
  return port
})

/*
 * Review requests and the review form, in-process on the seeded PostgreSQL with a real SMTP
 * exchange: a lead set to "treated" (by its owner through REST) is asked now and six weeks later;
 * the mail's link opens the form; a review is taken once; every bad link or entry gets a clear page
 * and stores nothing.
 */

useLeadIntakeDatabase()

const received: ReceivedMail[] = []
const requestJobsOf = async (lead: number) => (await jobsFor(lead)).filter((job) => job.taskSlug === REVIEW_REQUEST_TASK)
const runMailJobs = () => payload.jobs.run({ queue: 'mail', limit: 200 })
const mailsTo = (email: string) => received.filter((mail) => mail.to.includes(email))
const until = async (check: () => boolean, what: string, ms = 20_000) => {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await runMailJobs()
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
const linkIn = (mail: ReceivedMail) => /https?:\/\/[^\s"<>]+\/review\?t=([^\s"<>&]+)/.exec(decodedOf(mail.raw))

beforeAll(async () => {
  const smtp = await startSmtpReceiver(SMTP_PORT, received)
  return async () => {
    await smtp.stop()
    delete process.env.SMTP_URL
    delete process.env.MAIL_RETRY_DELAY_MS
  }
})

describe('review requests', () => {
  it('as franchise owner of London, setting a lead to treated through REST queues a request now and another six weeks later', async () => {
    const lead = await treatedLead(payload, london.id, 'contacted')
    const saved = await rest('PATCH', `leads/${lead.id}`, { token: await demoToken(payload, 'owner.london@stipple.localhost'), body: { status: 'treated' } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const jobs = await requestJobsOf(lead.id)
    expect(jobs.map((job) => job.input)).toEqual(expect.arrayContaining([{ lead: lead.id, round: 'first' }, { lead: lead.id, round: 'later' }]))
    expect(jobs).toHaveLength(2)
    const later = jobs.find((job) => (job.input as { round: string }).round === 'later')!
    const first = jobs.find((job) => (job.input as { round: string }).round === 'first')!
    expect(Math.abs(Date.parse(later.waitUntil!) - (Date.now() + LATER_REQUEST_AFTER_MS))).toBeLessThan(60_000)
    expect(first.waitUntil ?? null).toBeNull()
    // Saved again as treated, or set back and treated once more: nobody is asked twice.
    await rest('PATCH', `leads/${lead.id}`, { token: await demoToken(payload, 'owner.london@stipple.localhost'), body: { status: 'lost' } })
    await rest('PATCH', `leads/${lead.id}`, { token: await demoToken(payload, 'owner.london@stipple.localhost'), body: { status: 'treated' } })
    expect(await requestJobsOf(lead.id)).toHaveLength(2)
  })

  it('asks nobody about an anonymised lead, and sends nothing for a lead filed as spam before its request went out', async () => {
    const anonymised = await treatedLead(payload, london.id, 'contacted')
    await payload.update({ collection: 'leads', id: anonymised.id, data: { anonymisedAt: new Date().toISOString() }, overrideAccess: true })
    await payload.update({ collection: 'leads', id: anonymised.id, data: { status: 'treated' }, overrideAccess: true })
    expect(await requestJobsOf(anonymised.id)).toEqual([])

    const spam = await treatedLead(payload, london.id)
    await payload.update({ collection: 'leads', id: spam.id, data: { status: 'spam' }, overrideAccess: true })
    await runMailJobs()
    // The first round's job ran and is done (a failed one would stay to be retried), without a mail.
    expect((await requestJobsOf(spam.id)).map((job) => (job.input as { round: string }).round)).toEqual(['later'])
    expect(mailsTo(spam.email)).toEqual([])
  })

  it('mails the request in the clinic’s name, with a signed link to the form on the clinic’s host that names no one', async () => {
    const lead = await treatedLead(payload, london.id)
    await until(() => mailsTo(lead.email).length === 1, 'the review request')
    const [mail] = mailsTo(lead.email)
    expect(subjectOf(mail!.raw)).toBe(`How was your treatment? — ${london.name}`)
    const html = htmlOf(mail!.raw)
    expect(html).toContain('Good or bad')
    // No incentive, no steering: nothing of discounts, prizes or "5 stars".
    expect(html).not.toMatch(/discount|voucher|prize|free gift|5 stars|five stars/i)
    const link = linkIn(mail!)!
    expect(link[0]).toMatch(/^http:\/\/london\.localhost:3000\/review\?t=/)
    expect(link[0]).not.toContain(lead.email.split('@')[0])
    const token = decodeURIComponent(link[1]!)
    expect(readReviewToken((await reviewContextOf(payload, 'london')).secret, token, Date.now())).toMatchObject({ ok: true, link: { lead: lead.id, round: 'first' } })

    const form = await openReviewForm(await reviewContextOf(payload, 'london'), token)
    expect(form.status).toBe(200)
    expect(form.headers.get('cache-control')).toBe('private, no-store')
    expect(form.html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(form.html).toContain('<legend>Your rating')
    expect(form.html).toMatch(/<input type="radio" id="rating-5" name="rating" value="5" required>/)
    // The name shown defaults to first name and initial, never the full name.
    expect(form.html).toContain(`value="Rowan T."`)
    expect(form.html).not.toContain(lead.name)
    expect(form.html).not.toContain('<script')

    // The later request is skipped once that round is in; this round's link then refuses.
    const context = await reviewContextOf(payload, 'london')
    expect((await postReview(context, goodReview(token))).status).toBe(201)
    await payload.db.drizzle.execute(sql`UPDATE payload_jobs SET wait_until = now() - interval '1 second' WHERE task_slug = ${REVIEW_REQUEST_TASK} AND (input->>'lead')::integer = ${lead.id}`)
    await runMailJobs()
    await until(() => mailsTo(lead.email).length === 2, 'the later request')
    expect(subjectOf(mailsTo(lead.email)[1]!.raw)).toBe(`How is your result, some weeks on? — ${london.name}`)
  })
})

describe('the review form', () => {
  it('takes one review per link: a second send is refused clearly and leaves one row', async () => {
    const lead = await treatedLead(payload, london.id)
    const context = await reviewContextOf(payload, 'london')
    const token = tokenFor(lead.id)
    const first = await postReview(context, goodReview(token, { rating: '2', text: 'Patchy after the second session; the touch-up fixed most of it. <3 the staff though, and 5 > 4 sessions.' }))
    expect(first.status, first.html).toBe(201)
    expect(first.html).toContain('Thank you for your review')
    const again = await postReview(context, goodReview(token))
    expect(again.status).toBe(409)
    expect(again.html).toContain('You have already sent this review')
    expect((await openReviewForm(context, token)).status).toBe(409)
    const stored = await reviewsOf(payload, lead.id)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ rating: 2, status: 'published', round: 'first', displayName: 'Rowan T.', ownExperience: true, clinic: london.id })
    expect(stored[0]!.text).toContain('<3 the staff though, and 5 > 4 sessions.')
    // The other round is its own request.
    expect((await postReview(context, goodReview(tokenFor(lead.id, 'later')))).status).toBe(201)
    expect(await reviewsOf(payload, lead.id)).toHaveLength(2)
  })

  it('refuses a changed, made-up or expired link, and a link for another clinic’s client on this clinic’s host, storing nothing', async () => {
    const lead = await treatedLead(payload, london.id)
    const london_ = await reviewContextOf(payload, 'london')
    const token = tokenFor(lead.id)
    const [id, round, expires, signature] = token.split('.')
    const tampered = [(Number.parseInt(id!, 36) + 1).toString(36), round, expires, signature].join('.')
    for (const bad of [tampered, `${token.slice(0, -2)}xx`, 'made-up', '']) {
      const answer = await postReview(london_, goodReview(bad))
      expect(answer.status, bad).toBe(400)
      expect(answer.html).toContain('This link does not work')
    }
    const expired = await postReview(london_, goodReview(tokenFor(lead.id, 'first', Date.now() - 1000)))
    expect(expired.status).toBe(410)
    expect(expired.html).toContain('This link has expired')
    const elsewhere = await postReview(await reviewContextOf(payload, 'manchester'), goodReview(token))
    expect(elsewhere.status).toBe(404)
    expect(elsewhere.html).toContain(`This link is not for a client of ${manchester.name}`)
    expect(await reviewsOf(payload, lead.id)).toEqual([])
  })

  it('refuses a rating outside 1–5, an oversized or HTML-laden text, a missing confirmation and a full name or e-mail as the shown name, storing nothing', async () => {
    const lead = await treatedLead(payload, london.id)
    const context = await reviewContextOf(payload, 'london')
    const token = tokenFor(lead.id)
    const cases: [Record<string, string>, string][] = [
      [{ rating: '0' }, 'Choose from 1 to 5 stars.'],
      [{ rating: '6' }, 'Choose from 1 to 5 stars.'],
      [{ rating: 'abc' }, 'Choose from 1 to 5 stars.'],
      [{ rating: '4.5' }, 'Choose from 1 to 5 stars.'],
      [{ text: 'x'.repeat(2001) }, 'Please keep it to 2000 characters'],
      [{ text: 'Great result, see <a href="https://spam.example">here</a>' }, 'Please write plain text'],
      [{ text: 'Nice <script>alert(1)</script> clinic' }, 'Please write plain text'],
      [{ text: 'Lovely people &lt;b&gt; really' }, 'Please write plain text'],
      [{ ownExperience: '' }, 'Please confirm this review is about your own treatment.'],
      [{ displayName: lead.name }, 'we do not show full names'],
      [{ displayName: lead.email }, 'not an e-mail address'],
    ]
    for (const [change, message] of cases) {
      const answer = await postReview(context, goodReview(token, change))
      expect(answer.status, JSON.stringify(change)).toBe(400)
      expect(answer.html).toContain('Your review was not saved yet')
      expect(answer.html).toContain(message.replace(/’/g, '&#39;'))
    }
    // Far beyond the form's size: not read at all.
    expect((await postReview(context, goodReview(token, { text: 'é'.repeat(60_000) }))).status).toBe(400)
    expect(await reviewsOf(payload, lead.id)).toEqual([])
  })

  it('is limited per visitor like the consultation form: past the limit nothing is read or stored', async () => {
    const lead = await treatedLead(payload, london.id)
    const context = await reviewContextOf(payload, 'london', { limit: { max: 1, windowMs: 60_000 } })
    expect((await postReview(context, goodReview(tokenFor(lead.id), { rating: '9' }))).status).toBe(400)
    const limited = await postReview(context, goodReview(tokenFor(lead.id)))
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await reviewsOf(payload, lead.id)).toEqual([])
  })

  it('erasing the lead erases its reviews with it', async () => {
    const lead = await treatedLead(payload, london.id)
    expect((await postReview(await reviewContextOf(payload, 'london'), goodReview(tokenFor(lead.id)))).status).toBe(201)
    const owner = await demoToken(payload, 'owner.london@stipple.localhost')
    expect((await rest('DELETE', `leads/${lead.id}`, { token: owner })).status).toBe(200)
    expect(await reviewsOf(payload, lead.id)).toEqual([])
  })
})
