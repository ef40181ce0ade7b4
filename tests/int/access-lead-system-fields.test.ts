import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Lead } from '@/payload-types'

import { makeLead, makeLeadPhoto } from '../helpers/leadAdmin'
import { type Actor, APIS, AS, VIA, cross, loadSeed, removeRows, type Seed, type Session, signInAll, updateAs } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/*
 * What the platform writes about a lead — when it was anonymised, why it was filed as spam, where it
 * came from, its form's key, its photos, who wrote each note and when — no one changes through the
 * APIs. (Setting anonymisedAt kept a lead out of the nightly anonymisation for good.)
 */

const WORKERS: Actor[] = ['admin', 'ownerLondon', 'staffLondon']
const FORGED = {
  anonymisedAt: '2001-01-01T00:00:00.000Z',
  spamReason: 'Forged reason',
  source: { landingPage: 'https://forged.example/', referrer: 'https://forged.example/', utmSource: 'forged' },
  submissionKey: 'forged-key',
}

describe('lead fields the platform keeps', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>
  const made: number[] = []
  const photos: number[] = []

  const stored = (id: number) => payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true, showHiddenFields: true }) as Promise<Lead & { submissionKey?: string }>

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
  })
  afterAll(async () => {
    await removeRows(payload, 'leads', made)
    await removeRows(payload, 'lead-photos', photos)
    await payload.destroy()
  })

  for (const [actor, api] of cross(WORKERS, APIS)) {
    it(`${AS[actor]}, changes a London lead's status but not what the platform keeps via ${VIA[api]}`, async () => {
      const photo = await makeLeadPhoto(payload, seed.clinics.london)
      const other = await makeLeadPhoto(payload, seed.clinics.london)
      photos.push(photo.id, other.id)
      const lead = await makeLead(payload, seed.clinics.london, { source: { landingPage: 'https://london.example/book', referrer: null }, photos: [photo.id] } as never)
      made.push(lead.id)
      const before = await stored(lead.id)
      // GraphQL's update input has no submission key (its read is closed); the other APIs get it.
      const forged = api === 'graphql' ? { ...FORGED, submissionKey: undefined } : FORGED
      const res = await updateAs(payload, api, s[actor], 'leads', lead.id, { status: 'contacted', ...forged, photos: [other.id] })
      expect(res.status, res.message).toBe(200)
      const after = await stored(lead.id)
      expect(after.status).toBe('contacted')
      expect({ anonymisedAt: after.anonymisedAt ?? null, spamReason: after.spamReason ?? null, source: after.source, submissionKey: after.submissionKey, photos: after.photos }).toEqual({
        anonymisedAt: before.anonymisedAt ?? null,
        spamReason: before.spamReason ?? null,
        source: before.source,
        submissionKey: before.submissionKey,
        photos: [photo.id],
      })
    })
  }

  for (const api of APIS) {
    it(`as clinic staff of London, a note they add is theirs and dated now, whatever author or date the request says, via ${VIA[api]}`, async () => {
      const lead = await makeLead(payload, seed.clinics.london)
      made.push(lead.id)
      const started = Date.now()
      const res = await updateAs(payload, api, s.staffLondon, 'leads', lead.id, { notes: [{ text: 'Called back, left a message.', author: seed.users.ownerLondon, writtenAt: '2001-01-01T00:00:00.000Z' }] })
      expect(res.status, res.message).toBe(200)
      const [note] = (await stored(lead.id)).notes ?? []
      expect(note?.author).toBe(seed.users.staffLondon)
      expect(new Date(note!.writtenAt!).getTime()).toBeGreaterThanOrEqual(started - 1000)
    })
  }

  it('as franchise owner of London, keeps the author of a note they leave alone, and signs one they rewrite (REST)', async () => {
    const lead = await makeLead(payload, seed.clinics.london)
    made.push(lead.id)
    expect((await updateAs(payload, 'rest', s.staffLondon, 'leads', lead.id, { notes: [{ text: 'First call.' }, { text: 'Second call.' }] })).status).toBe(200)
    const [first, second] = (await stored(lead.id)).notes!
    const res = await updateAs(payload, 'rest', s.ownerLondon, 'leads', lead.id, {
      notes: [
        { id: first!.id, text: first!.text, author: seed.users.ownerLondon },
        { id: second!.id, text: 'Second call: booked for Tuesday.' },
        { text: 'Owner’s own note.' },
      ],
    })
    expect(res.status, res.message).toBe(200)
    const notes = (await stored(lead.id)).notes!
    expect(notes.map((note) => [note.text, note.author])).toEqual([
      ['First call.', seed.users.staffLondon],
      ['Second call: booked for Tuesday.', seed.users.ownerLondon],
      ['Owner’s own note.', seed.users.ownerLondon],
    ])
    expect(notes[0]!.writtenAt).toBe(first!.writtenAt)
  })
})
