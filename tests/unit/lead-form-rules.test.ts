import { describe, expect, it } from 'vitest'

import { attributionOf } from '@/lib/leads/attribution'
import { issueFormToken, readFormToken } from '@/lib/leads/formToken'
import { checkPhotos, LEAD_LIMITS, validateLead } from '@/lib/leads/schema'

const valid = {
  name: '  Ada   Lovelace ',
  email: 'Ada@Example.COM',
  phone: '+44 (0)20 7946-0000',
  preferredContact: 'whatsapp',
  preferredTime: 'evening',
  treatment: '7',
  hairLossStage: ' norwood-4 ',
  concern: 'Line one\r\nline two\u0007',
  privacyConsent: 'on',
  marketingOptIn: null,
}

describe('the consultation form rules (shared by browser and server)', () => {
  it('cleans what it accepts: spaces, e-mail case, line endings, control characters', () => {
    const result = validateLead(valid, [7, 8])
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        phone: '+44 (0)20 7946-0000',
        preferredContact: 'whatsapp',
        preferredTime: 'evening',
        treatment: 7,
        hairLossStage: 'norwood-4',
        concern: 'Line one\nline two',
        privacyConsent: true,
        marketingOptIn: false,
      },
    })
  })

  it('defaults contact method and time, and takes "not sure yet" as no treatment and no stage', () => {
    const result = validateLead({ ...valid, preferredContact: '', preferredTime: undefined, treatment: '', hairLossStage: '' }, [7])
    expect(result.ok && [result.value.preferredContact, result.value.preferredTime, result.value.treatment, result.value.hairLossStage]).toEqual(['phone', 'any', null, null])
  })

  it.each([
    ['name', { name: ' \t ' }, /your name/],
    ['name', { name: 'x'.repeat(LEAD_LIMITS.name + 1) }, /under 120/],
    ['email', { email: 'ada@' }, /e-mail address/],
    ['email', { email: 'ada@example.com<script>' }, /e-mail address/],
    ['phone', { phone: '12345' }, /phone number/],
    ['phone', { phone: '0800-CALL-NOW' }, /phone number/],
    ['phone', { phone: '1'.repeat(16) }, /phone number/],
    ['preferredContact', { preferredContact: 'pigeon' }, /how we should contact/],
    ['preferredTime', { preferredTime: 'midnight' }, /when suits/],
    ['treatment', { treatment: '9' }, /treatments this clinic offers/],
    ['treatment', { treatment: '7; drop table leads' }, /treatments this clinic offers/],
    ['hairLossStage', { hairLossStage: 'norwood-9' }, /listed stages/],
    ['hairLossStage', { hairLossStage: '<script>' }, /listed stages/],
    ['concern', { concern: 'a'.repeat(LEAD_LIMITS.concern + 1) }, /under 2000/],
    ['privacyConsent', { privacyConsent: null }, /privacy notice/],
    ['privacyConsent', { privacyConsent: 'off' }, /privacy notice/],
  ])('refuses a bad %s with a message the visitor can act on', (field, patch, message) => {
    const result = validateLead({ ...valid, ...patch }, [7])
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(Object.keys(result.errors)).toEqual([field])
      expect(result.errors[field as keyof typeof result.errors]).toMatch(message)
    }
  })

  it('checks photos by number, size and declared type before reading them', () => {
    const photo = { name: 'a.jpg', size: 1000, type: 'image/jpeg' }
    expect(checkPhotos([photo, photo, photo])).toBeUndefined()
    expect(checkPhotos([{ ...photo, size: 0 }])).toBeUndefined()
    expect(checkPhotos([photo, photo, photo, photo])).toMatch(/at most 3/)
    expect(checkPhotos([{ ...photo, size: LEAD_LIMITS.photoBytes + 1 }])).toMatch(/larger than 5 MB/)
    expect(checkPhotos([{ ...photo, name: 'cv.pdf', type: 'application/pdf' }])).toMatch(/not a photo/)
  })
})

describe('form tokens', () => {
  const secret = 'a-secret-a-secret-a-secret-a-secret'

  it('carry the time they were issued and a nonce of their own', () => {
    const first = readFormToken(secret, issueFormToken(secret, 1_700_000_000_000))
    const second = readFormToken(secret, issueFormToken(secret, 1_700_000_000_000))
    expect(first?.issuedAt).toBe(1_700_000_000_000)
    expect(first?.nonce).not.toBe(second?.nonce)
  })

  it('cannot be made up, altered or signed with another secret', () => {
    const token = issueFormToken(secret, 1_700_000_000_000)
    const [, nonce, signature] = token.split('.')
    expect(readFormToken(secret, `${(1_600_000_000_000).toString(36)}.${nonce}.${signature}`)).toBeNull()
    expect(readFormToken('another-secret-another-secret-another', token)).toBeNull()
    for (const junk of [null, '', 'a.b', 'a.b.c.d', 'x'.repeat(500)]) expect(readFormToken(secret, junk)).toBeNull()
  })
})

describe('attribution', () => {
  it('takes UTM tags from the landing page the browser remembered', () => {
    expect(
      attributionOf(
        { landingPage: 'https://london.example/treatments?utm_source=facebook&utm_campaign=spring&utm_content=video', referrer: 'https://m.facebook.com/' },
        'https://london.example/book',
      ),
    ).toEqual({
      landingPage: 'https://london.example/treatments?utm_source=facebook&utm_campaign=spring&utm_content=video',
      referrer: 'https://m.facebook.com/',
      utmSource: 'facebook',
      utmMedium: null,
      utmCampaign: 'spring',
      utmTerm: null,
      utmContent: 'video',
    })
  })

  it('falls back to the page the form was on, and drops anything that is not a web address', () => {
    const result = attributionOf({ landingPage: 'javascript:alert(1)', referrer: 'data:text/html,hi' }, 'https://london.example/book?utm_source=leaflet')
    expect(result).toMatchObject({ landingPage: 'https://london.example/book?utm_source=leaflet', referrer: null, utmSource: 'leaflet' })
    expect(attributionOf({}, null)).toMatchObject({ landingPage: null, referrer: null, utmSource: null })
  })
})
