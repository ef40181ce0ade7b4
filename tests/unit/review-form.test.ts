import { describe, expect, it } from 'vitest'

import { readReviewToken, reviewToken } from '@/lib/reviews/reviewLink'
import { defaultDisplayName, hasMarkup, readReviewForm } from '@/lib/reviews/reviewForm'
import { reviewSummary } from '@/lib/reviews/summary'

const SECRET = 'a-test-secret-that-is-long-enough-000'
const form = (fields: Record<string, string>) => new URLSearchParams({ rating: '3', text: 'It went fine, no complaints.', displayName: 'Sam P.', ownExperience: 'yes', ...fields })

describe('the review form’s rules', () => {
  it('refuses markup but keeps a lone "<" or ">" that opens no tag', () => {
    for (const text of ['<a href="x">', '<script>', '</b>', '<!-- x -->', '<?php', '&amp;', '&#60;', '&#x3c;']) expect(hasMarkup(text), text).toBe(true)
    for (const text of ['<3 the team', '5 > 4 sessions', 'scale 1<2', 'fish & chips', 'a < b and c > d']) expect(hasMarkup(text), text).toBe(false)
  })

  it('shows first name and initial by default, and never takes the full name or an e-mail as the shown name', () => {
    expect(defaultDisplayName('Daniel  James Reid')).toBe('Daniel R.')
    expect(defaultDisplayName('Cher')).toBe('Cher')
    expect(readReviewForm(form({ displayName: 'daniel reid' }), 'Daniel Reid')).toMatchObject({ ok: false, errors: { displayName: expect.stringContaining('full names') } })
    expect(readReviewForm(form({ displayName: 'd@example.com' }), 'Daniel Reid')).toMatchObject({ ok: false, errors: { displayName: expect.any(String) } })
    expect(readReviewForm(form({}), 'Daniel Reid')).toEqual({ ok: true, entry: { rating: 3, text: 'It went fine, no complaints.', displayName: 'Sam P.', ownExperience: true } })
  })

  it('takes whole ratings from 1 to 5 only', () => {
    for (const rating of ['0', '6', '-1', '3.0', ' 3', 'abc', '']) expect(readReviewForm(form({ rating }), 'X Y').ok, rating).toBe(false)
    for (const rating of ['1', '5']) expect(readReviewForm(form({ rating }), 'X Y').ok, rating).toBe(true)
  })
})

describe('the review link', () => {
  it('names the lead and round until it expires, and is worthless once changed', () => {
    const token = reviewToken(SECRET, { lead: 42, round: 'later', expiresAt: 2_000 })
    expect(readReviewToken(SECRET, token, 1_000)).toEqual({ ok: true, link: { lead: 42, round: 'later', expiresAt: 2_000 } })
    expect(readReviewToken(SECRET, token, 2_000)).toEqual({ ok: false, problem: 'expired' })
    expect(readReviewToken(`${SECRET}x`, token, 1_000)).toEqual({ ok: false, problem: 'invalid' })
    expect(readReviewToken(SECRET, token.replace('.2.', '.1.'), 1_000)).toEqual({ ok: false, problem: 'invalid' })
  })
})

describe('the reviews summary', () => {
  it('counts every review and averages to one decimal', () => {
    expect(reviewSummary([])).toEqual({ count: 0, average: null })
    expect(reviewSummary([{ rating: 5 }, { rating: 2 }, { rating: 4 }])).toEqual({ count: 3, average: 3.7 })
  })
})
