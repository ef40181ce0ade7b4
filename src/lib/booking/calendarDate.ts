import type { Day } from '@/lib/sites/openingHours'

/** A day on a clinic's calendar, `YYYY-MM-DD`, with no time zone: what "Monday 30 March" means to the clinic. */
export type CalendarDate = string

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const WEEKDAY_OF_UTC_DAY: Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

export const isCalendarDate = (value: unknown): value is CalendarDate => {
  const match = typeof value === 'string' ? DATE.exec(value) : null
  if (!match) return false
  const [, year, month, day] = match.map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

// Calendar arithmetic is done on a UTC date, where every day has 24 hours; no zone is involved.
const asUtcDay = (date: CalendarDate): Date => new Date(`${date}T00:00:00Z`)

export const addDays = (date: CalendarDate, days: number): CalendarDate => {
  const day = asUtcDay(date)
  day.setUTCDate(day.getUTCDate() + days)
  return day.toISOString().slice(0, 10)
}

export const weekdayOf = (date: CalendarDate): Day => WEEKDAY_OF_UTC_DAY[asUtcDay(date).getUTCDay()]!

/** The days from `first` to `last`, both included. */
export const daysFrom = (first: CalendarDate, last: CalendarDate): CalendarDate[] => {
  const days: CalendarDate[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day)
  return days
}

/** Minutes since midnight of an `HH:MM` time. */
export const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number)
  return hours * 60 + minutes
}
