import { describe, expect, it } from 'vitest'

import type { AvailabilityQuery, WeeklyHours } from '@/lib/booking/availability'
import { freeTimes, nearestFreeTimes } from '@/lib/booking/freeTimes'
import { instantOf, wallClockOf } from '@/lib/booking/zonedTime'

const UK = 'Europe/London'
const at = (iso: string) => Date.parse(iso)
const iso = (instant: number) => new Date(instant).toISOString()

// What the clinic's clock shows at each free time, as "YYYY-MM-DD HH:MM".
const onTheWall = (instant: number, timeZone = UK) => {
  const { date, minutes } = wallClockOf(timeZone, instant)
  return `${date} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

const weekdays: WeeklyHours = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }]

const query = (overrides: Partial<AvailabilityQuery>): AvailabilityQuery => ({
  timeZone: UK,
  clinicHours: weekdays,
  practitioners: [{ id: 1 }],
  exceptions: [],
  held: [],
  durationMinutes: 30,
  bufferMinutes: 0,
  now: at('2027-03-01T00:00:00Z'),
  stepMinutes: 30,
  ...overrides,
})

const onDay = <T extends { startsAt: number }>(times: T[], day: string): T[] => times.filter(({ startsAt }) => onTheWall(startsAt).startsWith(day))

describe('free times on the night London’s clocks go forward (Sunday 28 March 2027)', () => {
  const nightOwl = query({ practitioners: [{ id: 1, workingHours: [{ days: ['sun'], opens: '00:00', closes: '04:00' }] }] })
  const night = onDay(freeTimes(nightOwl), '2027-03-28')

  it('offers no time between 01:00 and 02:00, which the clock never shows', () => {
    expect(night.map(({ startsAt }) => onTheWall(startsAt).slice(11))).toEqual(['00:00', '00:30', '02:00', '02:30', '03:00', '03:30'])
  })

  it('gives each time its real instant: GMT before the change, summer time after', () => {
    expect(night.map(({ startsAt }) => iso(startsAt))).toEqual([
      '2027-03-28T00:00:00.000Z',
      '2027-03-28T00:30:00.000Z',
      '2027-03-28T01:00:00.000Z',
      '2027-03-28T01:30:00.000Z',
      '2027-03-28T02:00:00.000Z',
      '2027-03-28T02:30:00.000Z',
    ])
  })

  it('moves the working day an hour earlier in UTC from the next morning on', () => {
    const times = freeTimes(query({}))
    expect(iso(onDay(times, '2027-03-26')[0]!.startsAt)).toBe('2027-03-26T09:00:00.000Z')
    expect(iso(onDay(times, '2027-03-29')[0]!.startsAt)).toBe('2027-03-29T08:00:00.000Z')
    expect(iso(onDay(times, '2027-03-29').at(-1)!.startsAt)).toBe('2027-03-29T15:30:00.000Z')
  })
})

describe('free times on the night London’s clocks go back (Sunday 31 October 2027)', () => {
  const nightOwl = query({
    now: at('2027-10-20T00:00:00Z'),
    practitioners: [{ id: 1, workingHours: [{ days: ['sun'], opens: '00:00', closes: '04:00' }] }],
  })
  const night = onDay(freeTimes(nightOwl), '2027-10-31')

  it('offers each instant of the repeated hour once: five real hours, ten half-hours, none twice', () => {
    const instants = night.map(({ startsAt }) => iso(startsAt))
    expect(instants).toEqual([
      '2027-10-30T23:00:00.000Z',
      '2027-10-30T23:30:00.000Z',
      '2027-10-31T00:00:00.000Z',
      '2027-10-31T00:30:00.000Z',
      '2027-10-31T01:00:00.000Z',
      '2027-10-31T01:30:00.000Z',
      '2027-10-31T02:00:00.000Z',
      '2027-10-31T02:30:00.000Z',
      '2027-10-31T03:00:00.000Z',
      '2027-10-31T03:30:00.000Z',
    ])
    expect(new Set(instants).size).toBe(instants.length)
  })

  it('shows 01:00 and 01:30 on the clock twice, first in summer time then in GMT', () => {
    expect(night.map(({ startsAt }) => onTheWall(startsAt).slice(11))).toEqual(['00:00', '00:30', '01:00', '01:30', '01:00', '01:30', '02:00', '02:30', '03:00', '03:30'])
  })

  it('moves the working day an hour later in UTC from the next morning on', () => {
    const times = freeTimes(query({ now: at('2027-10-20T00:00:00Z') }))
    expect(iso(onDay(times, '2027-10-29')[0]!.startsAt)).toBe('2027-10-29T08:00:00.000Z')
    expect(iso(onDay(times, '2027-11-01')[0]!.startsAt)).toBe('2027-11-01T09:00:00.000Z')
  })

  it('does not let a booking held across the change hide or repeat a time', () => {
    // Booked 01:00–01:30 summer time (00:00Z): the same wall-clock time in GMT (01:00Z) stays free.
    const times = onDay(freeTimes({ ...nightOwl, held: [{ practitioner: 1, start: at('2027-10-31T00:00:00Z'), end: at('2027-10-31T00:30:00Z') }] }), '2027-10-31')
    expect(times.map(({ startsAt }) => iso(startsAt))).not.toContain('2027-10-31T00:00:00.000Z')
    expect(times.map(({ startsAt }) => iso(startsAt))).toContain('2027-10-31T01:00:00.000Z')
    expect(times).toHaveLength(9)
  })
})

describe('free times around bookings, buffers, notice and the horizon', () => {
  const monday = '2027-03-01'

  it('keeps a booking’s time and its buffer, on either side, from a new consultation', () => {
    // Held 10:00–10:45 (a 30-minute consultation and its 15-minute buffer); a new one needs 45 minutes clear.
    const times = freeTimes(query({ stepMinutes: 15, bufferMinutes: 15, held: [{ practitioner: 1, start: at('2027-03-01T10:00:00Z'), end: at('2027-03-01T10:45:00Z') }] }))
    const morning = onDay(times, monday).map(({ startsAt }) => onTheWall(startsAt).slice(11)).filter((time) => time < '11:30')
    expect(morning).toEqual(['09:00', '09:15', '10:45', '11:00', '11:15'])
  })

  it('lets a consultation end at closing time, not after it', () => {
    const last = onDay(freeTimes(query({})), monday).at(-1)!
    expect(onTheWall(last.startsAt)).toBe('2027-03-01 16:30')
  })

  it('offers nothing sooner than the minimum notice (2 hours by default) or later than 8 weeks', () => {
    const now = at('2027-03-01T09:10:00Z')
    const times = freeTimes(query({ now }))
    expect(iso(times[0]!.startsAt)).toBe('2027-03-01T11:30:00.000Z')
    expect(times.at(-1)!.startsAt).toBeLessThan(now + 56 * 24 * 3600_000)
    expect(times.at(-1)!.startsAt).toBeGreaterThan(now + 55 * 24 * 3600_000)
    expect(iso(freeTimes(query({ now, noticeMinutes: 24 * 60 }))[0]!.startsAt)).toBe('2027-03-02T09:30:00.000Z')
  })

  it('uses the clinic’s opening hours for a practitioner without hours of their own', () => {
    const times = freeTimes(query({ practitioners: [{ id: 1, workingHours: [] }, { id: 2, workingHours: [{ days: ['mon'], opens: '12:00', closes: '13:00' }] }] }))
    const monday9 = times.find(({ startsAt }) => iso(startsAt) === '2027-03-01T09:00:00.000Z')
    const monday12 = times.find(({ startsAt }) => iso(startsAt) === '2027-03-01T12:00:00.000Z')
    expect(monday9?.practitioners).toEqual([1])
    expect(monday12?.practitioners).toEqual([1, 2])
    expect(onDay(times, '2027-03-02').every(({ practitioners }) => practitioners.join() === '1')).toBe(true)
  })
})

describe('free times with holidays, closures and extra hours', () => {
  const two = { practitioners: [{ id: 1 }, { id: 2 }] }

  it('closes the whole clinic for every day of a holiday, both practitioners', () => {
    const times = freeTimes(query({ ...two, exceptions: [{ practitioner: null, kind: 'closed', startsOn: '2027-03-02', endsOn: '2027-03-03' }] }))
    expect(onDay(times, '2027-03-02')).toEqual([])
    expect(onDay(times, '2027-03-03')).toEqual([])
    expect(onDay(times, '2027-03-04')).toHaveLength(16)
  })

  it('takes one practitioner’s afternoon off from them alone', () => {
    const times = onDay(freeTimes(query({ ...two, exceptions: [{ practitioner: 2, kind: 'closed', startsOn: '2027-03-01', opens: '13:00', closes: '17:00' }] })), '2027-03-01')
    expect(times.find(({ startsAt }) => onTheWall(startsAt).endsWith('12:30'))?.practitioners).toEqual([1, 2])
    expect(times.find(({ startsAt }) => onTheWall(startsAt).endsWith('13:00'))?.practitioners).toEqual([1])
  })

  it('opens a Saturday morning of extra hours, and adds a late evening to a working day', () => {
    const times = freeTimes(
      query({
        exceptions: [
          { practitioner: 1, kind: 'extraHours', startsOn: '2027-03-06', opens: '10:00', closes: '11:00' },
          { practitioner: null, kind: 'extraHours', startsOn: '2027-03-01', opens: '17:00', closes: '19:00' },
        ],
      }),
    )
    expect(onDay(times, '2027-03-06').map(({ startsAt }) => onTheWall(startsAt).slice(11))).toEqual(['10:00', '10:30'])
    expect(onDay(times, '2027-03-01').at(-1)!.startsAt).toBe(at('2027-03-01T18:30:00Z'))
  })
})

describe('free times in another zone', () => {
  it('follows New York’s own change (Sunday 14 March 2027), not London’s', () => {
    const times = freeTimes(query({ timeZone: 'America/New_York' }))
    const friday = times.find(({ startsAt }) => onTheWall(startsAt, 'America/New_York') === '2027-03-12 09:00')!
    const monday = times.find(({ startsAt }) => onTheWall(startsAt, 'America/New_York') === '2027-03-15 09:00')!
    expect(iso(friday.startsAt)).toBe('2027-03-12T14:00:00.000Z')
    expect(iso(monday.startsAt)).toBe('2027-03-15T13:00:00.000Z')
  })
})

describe('the nearest free times to one just taken', () => {
  it('are the closest on either side, nearest first', () => {
    const free = [9, 10, 11, 14, 15].map((hour) => ({ startsAt: at(`2027-03-01T${String(hour).padStart(2, '0')}:00:00Z`), practitioners: [1] }))
    expect(nearestFreeTimes(free, at('2027-03-01T12:00:00Z')).map(({ startsAt }) => iso(startsAt).slice(11, 16))).toEqual(['11:00', '10:00', '14:00'])
  })
})

describe('a wall-clock time in London as an instant', () => {
  it('reads a time the spring change skips with the offset before it (01:30 is 02:30 summer time)', () => {
    expect(iso(instantOf(UK, '2027-03-28', 90))).toBe('2027-03-28T01:30:00.000Z')
    expect(onTheWall(instantOf(UK, '2027-03-28', 90))).toBe('2027-03-28 02:30')
  })

  it('reads a time the autumn change shows twice as its first showing, in summer time', () => {
    expect(iso(instantOf(UK, '2027-10-31', 90))).toBe('2027-10-31T00:30:00.000Z')
    expect(iso(instantOf(UK, '2027-10-31', 150))).toBe('2027-10-31T02:30:00.000Z')
  })

  it('takes midnight at the end of a day as the next day’s first instant', () => {
    expect(instantOf(UK, '2027-03-27', 1440)).toBe(instantOf(UK, '2027-03-28', 0))
  })
})
