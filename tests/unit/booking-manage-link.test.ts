import { describe, expect, it } from 'vitest'

import { issueFormToken } from '@/lib/leads/formToken'
import { manageToken, readManageToken } from '@/lib/booking/manageLink'

/*
 * The signed link that manages a booking without signing in: it names the booking and its time,
 * works until that time, and any change to any part of it — or another secret, or another
 * purpose's signature — makes it a link that does not work.
 */

const SECRET = 'a-test-secret-of-enough-length-000000'
const startsAt = Date.parse('2027-03-01T10:00:00Z')
const link = { booking: 1234, startsAt }
const before = startsAt - 60 * 60_000

describe('the manage link', () => {
  it('names the booking and its time, until the consultation starts', () => {
    const token = manageToken(SECRET, link)
    expect(readManageToken(SECRET, token, before)).toEqual({ ok: true, link })
    expect(readManageToken(SECRET, token, startsAt)).toEqual({ ok: false, problem: 'expired', link })
    expect(readManageToken(SECRET, token, startsAt + 1)).toMatchObject({ ok: false, problem: 'expired' })
  })

  it('carries no name or address: the booking number, its time and a signature', () => {
    expect(manageToken(SECRET, link)).toMatch(/^[0-9a-z]+\.[0-9a-z]+\.[A-Za-z0-9_-]{43}$/)
  })

  it('refuses a link with any part changed', () => {
    const [booking, time, signature] = manageToken(SECRET, link).split('.') as [string, string, string]
    const other = (part: string) => part.slice(0, -1) + (part.endsWith('a') ? 'b' : 'a')
    const tampered = [
      `${(1235).toString(36)}.${time}.${signature}`, // another booking
      `${booking}.${(startsAt + 86_400_000).toString(36)}.${signature}`, // a later time, to stretch its life
      `${booking}.${time}.${other(signature)}`,
      `${other(booking)}.${time}.${signature}`,
      `${booking}.${other(time)}.${signature}`,
      `${booking}.${time}`,
      `${booking}.${time}.${signature}.extra`,
      `${booking}..${signature}`,
      '',
      'x'.repeat(500),
    ]
    for (const token of tampered) expect(readManageToken(SECRET, token, before), token).toEqual({ ok: false, problem: 'invalid' })
    expect(readManageToken(SECRET, null, before)).toEqual({ ok: false, problem: 'invalid' })
  })

  it('refuses a link made up with another secret, or another purpose’s signature', () => {
    expect(readManageToken(SECRET, manageToken('another-secret-of-enough-length-11111', link), before)).toEqual({ ok: false, problem: 'invalid' })
    // A form token is signed by the same secret, but for the lead form: it is no manage link.
    const [issued, nonce, signature] = issueFormToken(SECRET).split('.') as [string, string, string]
    expect(readManageToken(SECRET, `${issued}.${nonce}.${signature}`, before)).toEqual({ ok: false, problem: 'invalid' })
    const [booking, time] = manageToken(SECRET, link).split('.') as [string, string]
    expect(readManageToken(SECRET, `${booking}.${time}.${signature}`, before)).toEqual({ ok: false, problem: 'invalid' })
  })
})
