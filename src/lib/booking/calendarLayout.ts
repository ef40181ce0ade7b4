import type { AdminCalendar, CalendarBooking, CalendarTimeOff } from './adminCalendar'
import { addDays, type CalendarDate, daysFrom, weekdayOf } from './calendarDate'
import { type Interval } from './intervals'
import { workingTimeOf } from './workingTime'
import { wallClockOf } from './zonedTime'

/*
 * Where things sit on the admin calendar: every position is a time on the clinic's wall clock
 * (minutes since local midnight), never an offset from a UTC instant, so 10:00 is at 10:00 on the
 * days the clocks change as on every other.
 */

export type CalendarMode = 'day' | 'week'

/** A span of one column, in wall-clock minutes of its day. */
export type Span = { from: number; to: number }
export type PlacedBooking = CalendarBooking & Span & { label: string; outcomeAllowed: boolean }
export type PlacedTimeOff = Span & { id: number; note: string | null; wholeClinic: boolean }
export type CalendarColumn = { practitioner: number | null; name: string; offHours: Span[]; timeOff: PlacedTimeOff[]; bookings: PlacedBooking[] }
export type CalendarDay = { day: CalendarDate; label: string; columns: CalendarColumn[] }
export type CalendarLayout = { from: number; to: number; hours: number[]; days: CalendarDay[] }

const DAY_MINUTES = 24 * 60
const WEEK_START = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const dayLabel = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })

/** The days a calendar page shows: the one day, or Monday to Sunday of its week. */
export const daysShown = (mode: CalendarMode, date: CalendarDate): CalendarDate[] => {
  if (mode === 'day') return [date]
  const monday = addDays(date, -WEEK_START.indexOf(weekdayOf(date)))
  return daysFrom(monday, addDays(monday, 6))
}

export const clockLabel = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** An instant's span on `day`'s wall clock, cut to that day (a span from the day before starts at 0). */
const onDay = (timeZone: string, day: CalendarDate, { start, end }: Interval): Span | undefined => {
  const a = wallClockOf(timeZone, start)
  const b = wallClockOf(timeZone, end)
  if (a.date > day || b.date < day || (b.date === day && b.minutes === 0 && a.date < day)) return undefined
  const span = { from: a.date < day ? 0 : a.minutes, to: b.date > day ? DAY_MINUTES : b.minutes }
  return span.to > span.from ? span : undefined
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

const timeOffOn = (day: CalendarDate, row: CalendarTimeOff): Span | undefined => {
  if (row.kind !== 'closed' || day < row.startsOn || day > (row.endsOn || row.startsOn)) return undefined
  return row.opens && row.closes ? { from: minutesOf(row.opens), to: minutesOf(row.closes) } : { from: 0, to: DAY_MINUTES }
}

/** The parts of [from, to) outside the working spans. */
const outside = (working: Span[], from: number, to: number): Span[] => {
  const gaps: Span[] = []
  let at = from
  for (const span of [...working].sort((x, y) => x.from - y.from)) {
    if (span.from > at) gaps.push({ from: at, to: Math.min(span.from, to) })
    at = Math.max(at, span.to)
  }
  if (at < to) gaps.push({ from: at, to })
  return gaps.filter((gap) => gap.to > gap.from)
}

/**
 * The calendar of `data` laid out in columns of practitioners per day, with the hours shown
 * running from the earliest anyone works or is booked to the latest, in whole hours.
 */
export const layOutCalendar = (data: AdminCalendar, now: number): CalendarLayout => {
  const { timeZone } = data.clinic
  const known = new Set(data.practitioners.map((person) => person.id))
  const people = [...data.practitioners.map((person) => ({ ...person, practitioner: person.id as number | null }))]
  // Bookings whose practitioner has left the team (or whom the reader may not see) still show, in a column of their own.
  if (data.bookings.some((booking) => booking.practitioner === null || !known.has(booking.practitioner))) {
    people.push({ id: -1, practitioner: null, name: 'No longer on the team', workingHours: null })
  }
  // Closures are drawn as time off on top; the shading shows the usual week with extra hours.
  const extraHours = data.timeOff.filter((row) => row.kind === 'extraHours')
  const range = { from: DAY_MINUTES, to: 0 }
  const widen = (span: Span) => {
    range.from = Math.min(range.from, span.from)
    range.to = Math.max(range.to, span.to)
  }

  const drafts = data.days.map((day) => ({
    day,
    columns: people.map((person) => {
      const working = person.practitioner === null ? [] : workingTimeOf({ id: person.id, workingHours: person.workingHours }, { timeZone, clinicHours: data.clinic.openingHours, exceptions: extraHours }, [day])
        .map((interval) => onDay(timeZone, day, interval))
        .filter((span): span is Span => span !== undefined)
      working.forEach(widen)
      const bookings = data.bookings
        .filter((booking) => (person.practitioner === null ? booking.practitioner === null || !known.has(booking.practitioner) : booking.practitioner === person.practitioner))
        .flatMap((booking) => {
          const span = onDay(timeZone, day, { start: booking.start, end: booking.end })
          if (!span) return []
          widen(span)
          return [{ ...booking, ...span, label: `${clockLabel(span.from)}–${clockLabel(span.to)}`, outcomeAllowed: booking.start <= now && booking.status !== 'cancelled' }]
        })
      const timeOff = data.timeOff
        .filter((row) => person.practitioner !== null && (row.practitioner === null || row.practitioner === person.practitioner))
        .flatMap((row) => {
          const span = timeOffOn(day, row)
          if (!span) return []
          // Part of a day off is shown whole; a whole day off only over the hours shown anyway.
          if (row.opens && row.closes) widen(span)
          return [{ ...span, id: row.id, note: row.note, wholeClinic: row.practitioner === null }]
        })
      return { practitioner: person.practitioner, name: person.name, working, timeOff, bookings }
    }),
  }))

  const from = range.from < range.to ? Math.floor(range.from / 60) * 60 : 9 * 60
  const to = range.from < range.to ? Math.min(DAY_MINUTES, Math.ceil(range.to / 60) * 60) : 17 * 60
  const days = drafts.map(({ day, columns }) => ({
    day,
    label: dayLabel.format(new Date(`${day}T00:00:00Z`)),
    columns: columns.map(({ working, timeOff, ...column }) => ({
      ...column,
      offHours: outside(working, from, to),
      timeOff: timeOff.map((span) => ({ ...span, from: Math.max(span.from, from), to: Math.min(span.to, to) })).filter((span) => span.to > span.from),
    })),
  }))
  const hours: number[] = []
  for (let minute = from; minute < to; minute += 60) hours.push(minute)
  return { from, to, hours, days }
}
