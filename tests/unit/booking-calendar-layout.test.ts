import { describe, expect, it } from 'vitest'

import type { AdminCalendar, CalendarBooking } from '@/lib/booking/adminCalendar'
import { daysShown, layOutCalendar } from '@/lib/booking/calendarLayout'

/*
 * The admin calendar places everything on the clinic's wall clock: a 10:00 consultation is at
 * 10:00 on the days London's clocks change as on any other, in its practitioner's column.
 */

const EVERY_DAY = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as AdminCalendar['clinic']['openingHours'][number]['days'], opens: '09:00', closes: '17:00' }]
const booked = (id: number, practitioner: number | null, startsAt: string, minutes = 30): CalendarBooking => ({
  id,
  practitioner,
  start: Date.parse(startsAt),
  end: Date.parse(startsAt) + minutes * 60_000,
  status: 'booked',
  typeName: 'In-clinic consultation',
  firstName: 'Sam',
  lead: null,
})

const calendarOf = (days: string[], bookings: CalendarBooking[], timeOff: AdminCalendar['timeOff'] = []): AdminCalendar => ({
  clinic: { id: 1, name: 'London Soho', timeZone: 'Europe/London', openingHours: EVERY_DAY },
  days,
  practitioners: [
    { id: 7, name: 'Priya Shah', workingHours: null },
    { id: 8, name: 'Jonah Reid', workingHours: [{ days: ['sun'], opens: '12:00', closes: '16:00' }] },
  ],
  bookings,
  timeOff,
})

const bookingIn = (layout: ReturnType<typeof layOutCalendar>, day: string, practitioner: number | null) =>
  layout.days.find((entry) => entry.day === day)!.columns.find((column) => column.practitioner === practitioner)!.bookings

describe('the admin calendar’s layout', () => {
  it('shows Monday to Sunday in week mode, whichever day is asked for', () => {
    expect(daysShown('week', '2027-03-28')).toEqual(['2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25', '2027-03-26', '2027-03-27', '2027-03-28'])
    expect(daysShown('week', '2027-03-22')[0]).toBe('2027-03-22')
    expect(daysShown('day', '2027-03-28')).toEqual(['2027-03-28'])
  })

  it('puts 10:00 at 10:00 on the Saturday before and the Sunday the clocks go forward (GMT, then BST)', () => {
    const layout = layOutCalendar(calendarOf(daysShown('week', '2027-03-28'), [booked(1, 7, '2027-03-27T10:00:00Z'), booked(2, 7, '2027-03-28T09:00:00Z')]), Date.parse('2027-04-01T00:00:00Z'))
    expect(bookingIn(layout, '2027-03-27', 7)).toMatchObject([{ id: 1, from: 600, to: 630, label: '10:00–10:30' }])
    expect(bookingIn(layout, '2027-03-28', 7)).toMatchObject([{ id: 2, from: 600, to: 630, label: '10:00–10:30' }])
    expect(layout.hours).toEqual([540, 600, 660, 720, 780, 840, 900, 960])
  })

  it('puts 10:00 at 10:00 on the Sunday the clocks go back (BST, then GMT)', () => {
    const layout = layOutCalendar(calendarOf(['2027-10-30', '2027-10-31'], [booked(1, 7, '2027-10-30T09:00:00Z'), booked(2, 7, '2027-10-31T10:00:00Z')]), Date.parse('2027-11-01T00:00:00Z'))
    expect(bookingIn(layout, '2027-10-30', 7)[0]).toMatchObject({ from: 600, label: '10:00–10:30' })
    expect(bookingIn(layout, '2027-10-31', 7)[0]).toMatchObject({ from: 600, label: '10:00–10:30' })
  })

  it('keeps each booking in its practitioner’s column, and one whose practitioner left in a column of its own', () => {
    const layout = layOutCalendar(calendarOf(['2027-03-28'], [booked(1, 8, '2027-03-28T12:00:00Z'), booked(2, null, '2027-03-28T14:00:00Z')]), Date.parse('2027-04-01T00:00:00Z'))
    expect(bookingIn(layout, '2027-03-28', 8).map((row) => row.id)).toEqual([1])
    expect(bookingIn(layout, '2027-03-28', 7)).toEqual([])
    expect(bookingIn(layout, '2027-03-28', null).map((row) => row.id)).toEqual([2])
    expect(layout.days[0]!.columns.map((column) => column.name)).toEqual(['Priya Shah', 'Jonah Reid', 'No longer on the team'])
  })

  it('shades the hours someone does not work, and draws time off for one practitioner or the whole clinic', () => {
    const timeOff: AdminCalendar['timeOff'] = [
      { id: 1, practitioner: 7, kind: 'closed', startsOn: '2027-03-28', opens: '13:00', closes: '15:00', note: 'Dentist' },
      { id: 2, practitioner: null, kind: 'closed', startsOn: '2027-03-29', note: 'Bank holiday' },
    ]
    const layout = layOutCalendar(calendarOf(['2027-03-28', '2027-03-29'], [], timeOff), 0)
    const [sunday, monday] = layout.days
    const jonah = sunday!.columns.find((column) => column.practitioner === 8)!
    expect(jonah.offHours).toEqual([{ from: 540, to: 720 }, { from: 960, to: 1020 }])
    expect(sunday!.columns.find((column) => column.practitioner === 7)!.timeOff).toMatchObject([{ from: 780, to: 900, note: 'Dentist', wholeClinic: false }])
    expect(jonah.timeOff).toEqual([])
    for (const column of monday!.columns) expect(column.timeOff).toMatchObject([{ from: 540, to: 1020, note: 'Bank holiday', wholeClinic: true }])
  })

  it('widens the hours shown to time off outside them, so a time just blocked is seen', () => {
    const timeOff: AdminCalendar['timeOff'] = [{ id: 1, practitioner: 7, kind: 'closed', startsOn: '2027-03-28', opens: '18:00', closes: '19:30', note: 'Evening course' }]
    const layout = layOutCalendar(calendarOf(['2027-03-28'], [], timeOff), 0)
    expect(layout.to).toBe(20 * 60)
    expect(layout.days[0]!.columns[0]!.timeOff).toMatchObject([{ from: 1080, to: 1170 }])
  })

  it('offers attended and no-show only once a consultation has started, and never for a cancelled one', () => {
    const now = Date.parse('2027-03-28T09:15:00Z')
    const cancelled = { ...booked(3, 7, '2027-03-28T08:00:00Z'), status: 'cancelled' as const }
    const layout = layOutCalendar(calendarOf(['2027-03-28'], [booked(1, 7, '2027-03-28T09:00:00Z'), booked(2, 7, '2027-03-28T11:00:00Z'), cancelled]), now)
    expect(Object.fromEntries(bookingIn(layout, '2027-03-28', 7).map((row) => [row.id, row.outcomeAllowed]))).toEqual({ 1: true, 2: false, 3: false })
  })
})
