import { describe, expect, it } from 'vitest'

import { bookingQueryString } from '@/lib/booking/bookingSteps'
import { bookingView } from '@/lib/booking/bookingView'
import type { ClinicCalendar } from '@/lib/booking/clinicCalendar'
import { freeTimesOn, freeWeeks } from '@/lib/booking/freeDays'
import { dayLabel } from '@/lib/booking/timeLabels'

/*
 * The booking page's steps, read side: which days of the 8 weeks have free times (by the clinic's
 * weeks and calendar days), the times of one day, and what the page shows for any query —
 * including made-up ones, which get a message and never an error.
 */

const at = (iso: string) => Date.parse(iso)
const UK = 'Europe/London'

// Monday 1 March 2027, 08:00 in London (GMT): the first free time is 10:00 (2 hours' notice).
const now = at('2027-03-01T08:00:00Z')

const calendar: ClinicCalendar = {
  clinicId: 1,
  timeZone: UK,
  clinicHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }],
  types: [{ id: 3, name: 'In-clinic consultation', durationMinutes: 30, bufferMinutes: 15 }],
  practitioners: [
    { id: 1, name: 'Priya Shah' },
    { id: 2, name: 'Jonah Reid', workingHours: [{ days: ['tue'], opens: '12:00', closes: '19:00' }] },
  ],
  exceptions: [{ practitioner: null, kind: 'closed', startsOn: '2027-03-03' }],
  held: [{ practitioner: 1, start: at('2027-03-02T10:00:00Z'), end: at('2027-03-02T10:45:00Z') }],
}

describe('free days and times of a day, on the clinic’s calendar', () => {
  const free = [
    { startsAt: at('2027-03-28T23:30:00Z'), practitioners: [1] }, // 00:30 on Monday 29 March in London (summer time)
    { startsAt: at('2027-03-27T10:00:00Z'), practitioners: [1] }, // Saturday 27 March
    { startsAt: at('2027-03-28T10:00:00Z'), practitioners: [1, 2] }, // Sunday 28 March, the day the clocks go forward
  ].sort((a, b) => a.startsAt - b.startsAt)

  it('groups the days by the clinic’s weeks, Monday to Sunday, with how many times each has', () => {
    expect(freeWeeks(free, UK)).toEqual([
      { monday: '2027-03-22', days: [{ date: '2027-03-27', times: 1 }, { date: '2027-03-28', times: 1 }] },
      { monday: '2027-03-29', days: [{ date: '2027-03-29', times: 1 }] },
    ])
  })

  it('puts a time on the day the clinic’s clock shows, not the UTC day', () => {
    expect(freeTimesOn(free, UK, '2027-03-29').map(({ startsAt }) => new Date(startsAt).toISOString())).toEqual(['2027-03-28T23:30:00.000Z'])
    expect(freeTimesOn(free, UK, '2027-03-28')).toHaveLength(1)
    expect(freeTimesOn(free, UK, '2027-03-30')).toEqual([])
  })

  it('names a day in full', () => {
    expect(dayLabel('2026-12-08')).toBe('Tuesday 8 December')
  })
})

describe('the booking page’s view of a query', () => {
  const view = (query: Parameters<typeof bookingView>[1]) => bookingView(calendar, query, now)

  it('offers the consultations first, anyone by default, and no days before a consultation is chosen', () => {
    const first = view({})
    expect(first).toEqual({
      types: [{ id: 3, name: 'In-clinic consultation', durationMinutes: 30 }],
      practitioners: [
        { id: 1, name: 'Priya Shah' },
        { id: 2, name: 'Jonah Reid' },
      ],
      practitioner: 'any',
    })
  })

  it('lists the days with free times over 8 weeks, by week, leaving out closed days and weekends', () => {
    const days = view({ type: '3' })
    expect(days.problem).toBeUndefined()
    expect(days.weeks).toHaveLength(8) // 1 March to 26 April 08:00, before that Monday opens: 8 weeks
    expect(days.weeks![0]).toMatchObject({ monday: '2027-03-01', label: 'Week of Monday 1 March' })
    expect(days.weeks![0]!.days.map(({ date }) => date)).toEqual(['2027-03-01', '2027-03-02', '2027-03-04', '2027-03-05'])
    expect(days.weeks![0]!.days[0]).toEqual({ date: '2027-03-01', label: 'Monday 1 March', times: 27 }) // 10:00 to 16:30, every 15 minutes
  })

  it('lists a day’s times on the clinic’s clock, without the ones a booking holds, each with who is free', () => {
    const tuesday = view({ type: '3', day: '2027-03-02' }).day!
    expect(tuesday.label).toBe('Tuesday 2 March')
    const clocks = tuesday.times.map(({ clock }) => clock)
    expect(clocks.slice(0, 3)).toEqual(['09:00', '09:15', '10:45'])
    expect(tuesday.times.find(({ clock }) => clock === '12:00')).toEqual({ startsAt: '2027-03-02T12:00:00.000Z', clock: '12:00', label: 'Tue 2 Mar, 12:00', practitioners: [1, 2] })
    // Jonah alone after the clinic closes.
    expect(tuesday.times.at(-1)).toMatchObject({ clock: '18:30', practitioners: [2] })
  })

  it('shows summer-time days on the summer clock (London, after the clocks went forward)', () => {
    const monday = view({ type: '3', day: '2027-03-29' }).day!
    expect(monday.times[0]).toMatchObject({ startsAt: '2027-03-29T08:00:00.000Z', clock: '09:00' })
  })

  it('narrows the days and times to one practitioner when chosen', () => {
    const jonah = view({ type: '3', practitioner: '2', day: '2027-03-02' })
    expect(jonah.practitioner).toBe(2)
    expect(jonah.weeks!.flatMap((week) => week.days).every(({ date }) => new Date(`${date}T12:00:00Z`).getUTCDay() === 2)).toBe(true)
    expect(jonah.day!.times[0]).toMatchObject({ clock: '12:00', practitioners: [2] })
  })

  it('chooses a free time: the form’s fields and the time in words, with everyone free then named', () => {
    const chosen = view({ type: '3', time: '2027-03-02T12:00:00.000Z' })
    expect(chosen.problem).toBeUndefined()
    expect(chosen.chosen).toEqual({
      consultationType: 3,
      practitioner: 'any',
      startsAt: '2027-03-02T12:00:00.000Z',
      summary: 'Tuesday 2 March, 12:00, with Priya Shah or Jonah Reid — in-clinic consultation, 30 min',
    })
    expect(chosen.day?.date).toBe('2027-03-02')
    expect(view({ type: '3', practitioner: '1', time: '2027-03-02T12:00:00+00:00' }).chosen?.summary).toBe('Tuesday 2 March, 12:00, with Priya Shah — in-clinic consultation, 30 min')
    // A `+` in a query string arrives as a space.
    expect(view({ type: '3', time: '2027-03-02T12:00:00 00:00' }).chosen?.startsAt).toBe('2027-03-02T12:00:00.000Z')
  })

  it('says plainly what it cannot use, and shows what it can', () => {
    const unknownType = view({ type: '99' })
    expect(unknownType).toMatchObject({ problem: 'We do not offer that consultation here. Please choose one of those below.', types: [{ id: 3 }] })
    expect(unknownType.weeks).toBeUndefined()
    expect(view({ type: 'drop table' }).problem).toMatch(/do not offer that consultation/)
    expect(view({ day: '2027-03-02' }).problem).toBe('Please choose a consultation first.')

    const otherClinics = view({ type: '3', practitioner: '77' })
    expect(otherClinics).toMatchObject({ practitioner: 'any', problem: 'That practitioner does not take bookings here, so the times below are everyone’s.' })
    expect(otherClinics.weeks!.length).toBeGreaterThan(0)

    expect(view({ type: '3', day: '2027-02-30' }).problem).toBe('We could not read that day. Please choose one of the days below.')
    expect(view({ type: '3', day: '<script>' }).day).toBeUndefined()
    expect(view({ type: '3', day: '2027-06-01' }).problem).toBe('There are no free times on Tuesday 1 June within the next 8 weeks. Please choose another day.')
    expect(view({ type: '3', day: '2027-03-03' }).problem).toMatch(/no free times on Wednesday 3 March/)

    const held = view({ type: '3', practitioner: '1', time: '2027-03-02T10:00:00.000Z' })
    expect(held.chosen).toBeUndefined()
    expect(held.problem).toBe('That time is not free (it may just have been taken). Please choose another.')
    expect(held.day?.date).toBe('2027-03-02')
    const garbage = view({ type: '3', time: 'yesterday' })
    expect([garbage.chosen, garbage.day, garbage.problem]).toEqual([undefined, undefined, expect.stringMatching(/not free/)])
    expect(view({ type: '3', time: '2027-03-02T12:07:00Z' }).chosen).toBeUndefined()
  })

  it('writes each step as the query its link carries', () => {
    expect(bookingQueryString({ type: 3, practitioner: 'any', day: '2027-03-02' })).toBe('type=3&day=2027-03-02')
    expect(bookingQueryString({ type: 3, practitioner: 2, time: '2027-03-02T12:00:00.000Z' })).toBe('type=3&practitioner=2&time=2027-03-02T12%3A00%3A00.000Z')
  })
})
