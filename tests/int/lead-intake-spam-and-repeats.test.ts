import { describe, expect, it } from 'vitest'

import { jobsFor, leadOf, london, payload, useLeadIntakeDatabase } from '../helpers/leadIntakeDatabase'
import { formDataOf, leadRequest, send, testContext, visitorFields } from '../helpers/leads'

/*
 * The consultation form's endpoint in-process: spam kept without mail, and a request sent again
 * (or at the same time) stored once.
 */

useLeadIntakeDatabase()

describe('spam defences keep the lead but send no mail', () => {
  it.each([
    ['the hidden honeypot field is filled in', { website: 'http://spam.example' }, /hidden field/],
    ['the form is sent within a second of being shown', { formToken: 'fresh' }, /after the form was shown/],
    ['the form token is missing', { formToken: undefined }, /without a valid form token/],
    ['the form token is forged', { formToken: 'lz3k1.AAAAAAAAAAAAAAAA.forged' }, /without a valid form token/],
  ])('when %s', async (_case, overrides, reason) => {
    const { issueFormToken } = await import('@/lib/leads/formToken')
    const { readEnv } = await import('@/lib/env')
    const patch = { ...overrides } as Record<string, string | undefined>
    if (patch.formToken === 'fresh') patch.formToken = issueFormToken(readEnv().payloadSecret)
    const answer = await send(leadRequest(formDataOf(visitorFields(patch))), testContext(payload, london))
    // The sender is told what a person would be told: nothing to learn from for a bot.
    expect(answer.status).toBe(201)
    const lead = await leadOf(answer.body.reference)
    expect(lead.status).toBe('spam')
    expect(lead.spamReason).toMatch(reason)
    expect(await jobsFor(lead.id)).toHaveLength(0)
  })
})

describe('nothing doubled', () => {
  it('a form sent again (network retry) returns the lead it already made', async () => {
    const form = visitorFields()
    const first = await send(leadRequest(formDataOf(form)), testContext(payload, london))
    const again = await send(leadRequest(formDataOf(form)), testContext(payload, london))
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.body.reference).toBe(first.body.reference)
    await leadOf(first.body.reference)
    expect(await jobsFor(Number(first.body.reference.slice(1)))).toHaveLength(2)
  })

  it('a form token is good for one lead: the same token with other answers is refused (409), nothing stored', async () => {
    const form = visitorFields()
    const first = await send(leadRequest(formDataOf(form)), testContext(payload, london))
    expect(first.status).toBe(201)
    await leadOf(first.body.reference)
    const other = visitorFields({ formToken: form.formToken })
    const reused = await send(leadRequest(formDataOf(other)), testContext(payload, london))
    expect(reused.status).toBe(409)
    expect(reused.body).toMatchObject({ status: 'formUsed', phone: london.phone })
    expect((await payload.count({ collection: 'leads', where: { email: { equals: other.email } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('a form token older than a day is refused (400), nothing stored', async () => {
    const { issueFormToken } = await import('@/lib/leads/formToken')
    const { readEnv } = await import('@/lib/env')
    const form = visitorFields({ formToken: issueFormToken(readEnv().payloadSecret, Date.now() - 25 * 60 * 60 * 1000) })
    const answer = await send(leadRequest(formDataOf(form)), testContext(payload, london))
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ status: 'formExpired' })
    expect((await payload.count({ collection: 'leads', where: { email: { equals: form.email } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('a double click (the same form twice at the same moment) makes one lead', async () => {
    const form = visitorFields()
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(leadRequest(formDataOf(form)), testContext(payload, london))))
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201])
    expect(new Set(answers.map((answer) => answer.body.reference)).size).toBe(1)
    const { totalDocs } = await payload.count({ collection: 'leads', where: { email: { equals: form.email } }, overrideAccess: true })
    expect(totalDocs).toBe(1)
    await leadOf(answers[0]!.body.reference)
  })

  it('a dozen slow uploads still in progress do not hold up the next visitor', async () => {
    const hanging: ReadableStreamDefaultController<Uint8Array>[] = []
    const slow = Array.from({ length: 12 }, () =>
      send(
        new Request('http://london.localhost:3000/book/request', {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
          body: new ReadableStream<Uint8Array>({
            start: (controller) => {
              controller.enqueue(new TextEncoder().encode('name=Slow'))
              hanging.push(controller)
            },
          }),
          duplex: 'half',
        } as RequestInit),
        testContext(payload, london),
      ),
    )
    const answer = await Promise.race([
      send(leadRequest(formDataOf(visitorFields())), testContext(payload, london)),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('held up behind the slow uploads')), 5_000)),
    ])
    expect(answer.status).toBe(201)
    await leadOf(answer.body.reference)
    for (const controller of hanging) controller.close()
    expect((await Promise.all(slow)).map((result) => result.status)).toEqual(Array(12).fill(400))
  })

  it('200 different visitors at once: 200 leads, each with its two mail jobs, no duplicates', async () => {
    const forms = Array.from({ length: 200 }, () => visitorFields())
    const answers = await Promise.all(forms.map((form) => send(leadRequest(formDataOf(form)), testContext(payload, london))))
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(200)
    const references = answers.map((answer) => answer.body.reference as string)
    expect(new Set(references).size).toBe(200)
    const ids = references.map((reference) => Number(reference.slice(1)))
    const { docs } = await payload.find({ collection: 'leads', where: { id: { in: ids } }, pagination: false, overrideAccess: true, depth: 0 })
    expect(docs.map((lead) => lead.email).sort()).toEqual(forms.map((form) => form.email).sort())
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { 'input.lead': { in: ids } }, overrideAccess: true })
    expect(totalDocs).toBe(400)
  })
})
