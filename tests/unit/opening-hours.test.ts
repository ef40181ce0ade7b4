import { describe, expect, it } from 'vitest'

import { dayName, openStatusAt, weeklySchedule, type OpeningHours } from '@/lib/sites/openingHours'
import { DEMO_CLINICS } from '@/seed/data/clinics'

const hoursOf = (slug: string): OpeningHours => DEMO_CLINICS.find((clinic) => clinic.slug === slug)!.openingHours

// London: Mon–Fri 09:00–19:00, Sat 10:00–16:00. Leeds: Mon, Wed, Fri 09:30–18:00, Thu 12:00–20:00.
// Manchester: Tue–Fri 10:00–20:00, Sat and Sun 10:00–15:00. All on UK time, which in June is UTC+1.
const london = hoursOf('london')
const leeds = hoursOf('leeds')
const manchester = hoursOf('manchester')
const UK = 'Europe/London'

describe('a visitor checking whether the London clinic is open on a Monday in June', () => {
  it('finds it closed a minute before opening, opening later today', () => {
    expect(openStatusAt(london, UK, new Date('2025-06-02T07:59:00Z'))).toEqual({
      open: false,
      opensNext: { day: 'mon', time: '09:00', inDays: 0 },
    })
  })

  it('finds it open from the opening minute, closing at 19:00', () => {
    expect(openStatusAt(london, UK, new Date('2025-06-02T08:00:00Z'))).toEqual({ open: true, closesAt: '19:00' })
    expect(openStatusAt(london, UK, new Date('2025-06-02T17:59:59Z'))).toEqual({ open: true, closesAt: '19:00' })
  })

  it('finds it closed at the closing minute, opening on Tuesday', () => {
    expect(openStatusAt(london, UK, new Date('2025-06-02T18:00:00Z'))).toEqual({
      open: false,
      opensNext: { day: 'tue', time: '09:00', inDays: 1 },
    })
  })
})

describe('a clinic that closes for lunch', () => {
  const splitWednesday: OpeningHours = [
    { days: ['wed'], opens: '13:00', closes: '18:00' },
    { days: ['wed'], opens: '09:00', closes: '12:00' },
  ]

  it('lists both periods of the day in order', () => {
    expect(weeklySchedule(splitWednesday)[2]).toEqual({
      day: 'wed',
      periods: [
        { opens: '09:00', closes: '12:00' },
        { opens: '13:00', closes: '18:00' },
      ],
    })
  })

  it('is open in the morning until 12:00, closed over lunch, and opens again at 13:00', () => {
    expect(openStatusAt(splitWednesday, UK, new Date('2025-06-04T10:59:00Z'))).toEqual({ open: true, closesAt: '12:00' })
    expect(openStatusAt(splitWednesday, UK, new Date('2025-06-04T11:00:00Z'))).toEqual({
      open: false,
      opensNext: { day: 'wed', time: '13:00', inDays: 0 },
    })
    expect(openStatusAt(splitWednesday, UK, new Date('2025-06-04T12:00:00Z'))).toEqual({ open: true, closesAt: '18:00' })
  })

  it('after the last period, opens again on the same weekday next week', () => {
    expect(openStatusAt(splitWednesday, UK, new Date('2025-06-04T17:00:00Z'))).toEqual({
      open: false,
      opensNext: { day: 'wed', time: '09:00', inDays: 7 },
    })
  })

  it('treats periods that meet as one opening, closing at the end of the second', () => {
    const meeting: OpeningHours = [
      { days: ['wed'], opens: '09:00', closes: '12:00' },
      { days: ['wed'], opens: '12:00', closes: '17:00' },
    ]
    expect(weeklySchedule(meeting)[2].periods).toEqual([{ opens: '09:00', closes: '17:00' }])
    expect(openStatusAt(meeting, UK, new Date('2025-06-04T10:00:00Z'))).toEqual({ open: true, closesAt: '17:00' })
  })
})

describe('the Leeds clinic, closed from Friday evening to Monday morning', () => {
  it('on Friday evening, says it opens on Monday at 09:30', () => {
    expect(openStatusAt(leeds, UK, new Date('2025-06-06T17:00:00Z'))).toEqual({
      open: false,
      opensNext: { day: 'mon', time: '09:30', inDays: 3 },
    })
  })

  it('on Sunday, says it opens tomorrow at 09:30', () => {
    expect(openStatusAt(leeds, UK, new Date('2025-06-01T12:00:00Z')).opensNext).toEqual({ day: 'mon', time: '09:30', inDays: 1 })
  })

  it('shows the week Monday to Sunday, with closed days empty', () => {
    const week = weeklySchedule(leeds)
    expect(week.map(({ day }) => dayName(day))).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
    expect(week.map(({ periods }) => periods.map(({ opens, closes }) => `${opens}–${closes}`))).toEqual([
      ['09:30–18:00'],
      [],
      ['09:30–18:00'],
      ['12:00–20:00'],
      ['09:30–18:00'],
      [],
      [],
    ])
  })
})

describe('the Manchester clinic on the Sundays the UK clocks change (it opens 10:00–15:00)', () => {
  it('on 30 March, when clocks go forward, is open at 09:30 UTC, which is 10:30 on the clinic wall', () => {
    expect(openStatusAt(manchester, UK, new Date('2025-03-30T09:30:00Z'))).toEqual({ open: true, closesAt: '15:00' })
    expect(openStatusAt(manchester, UK, new Date('2025-03-30T08:59:00Z')).open).toBe(false)
    expect(openStatusAt(manchester, UK, new Date('2025-03-30T14:00:00Z')).open).toBe(false)
  })

  it('on 26 October, when clocks go back, is still closed at 09:30 UTC, which is 09:30 on the clinic wall', () => {
    expect(openStatusAt(manchester, UK, new Date('2025-10-26T09:30:00Z'))).toEqual({
      open: false,
      opensNext: { day: 'sun', time: '10:00', inDays: 0 },
    })
    expect(openStatusAt(manchester, UK, new Date('2025-10-26T14:59:00Z'))).toEqual({ open: true, closesAt: '15:00' })
  })
})

describe('a clinic in another time zone', () => {
  it('reads its hours on its own clock: open on a Sydney Monday morning while it is still Sunday in the UK', () => {
    const moment = new Date('2025-06-01T23:30:00Z') // 09:30 Monday in Sydney, 00:30 Monday in London
    expect(openStatusAt(london, 'Australia/Sydney', moment)).toEqual({ open: true, closesAt: '19:00' })
    expect(openStatusAt(london, UK, moment)).toEqual({ open: false, opensNext: { day: 'mon', time: '09:00', inDays: 0 } })
  })

  it('in New York, keeps New York hours: open at 14:30 there, closed from 19:00 there (midnight in the UK)', () => {
    expect(openStatusAt(london, 'America/New_York', new Date('2025-06-02T18:30:00Z'))).toEqual({ open: true, closesAt: '19:00' })
    expect(openStatusAt(london, 'America/New_York', new Date('2025-06-02T23:00:00Z'))).toEqual({
      open: false,
      opensNext: { day: 'tue', time: '09:00', inDays: 1 },
    })
  })
})

describe('a clinic with no opening hours entered', () => {
  it('is closed with no next opening to promise', () => {
    expect(openStatusAt(null, UK, new Date('2025-06-02T12:00:00Z'))).toEqual({ open: false })
    expect(weeklySchedule(undefined).every(({ periods }) => periods.length === 0)).toBe(true)
  })
})
