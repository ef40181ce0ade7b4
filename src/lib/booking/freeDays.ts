import type { FreeTime } from './availability'
import { addDays, type CalendarDate, weekdayOf } from './calendarDate'
import { wallClockOf } from './zonedTime'

/** A day with free times, and how many. */
export type FreeDay = { date: CalendarDate; times: number }

/** The days of one week (Monday to Sunday on the clinic's calendar) that have free times. */
export type FreeWeek = { monday: CalendarDate; days: FreeDay[] }

const DAYS_SINCE_MONDAY = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const

export const mondayOf = (date: CalendarDate): CalendarDate => addDays(date, -DAYS_SINCE_MONDAY[weekdayOf(date)])

/** The clinic's calendar day each free time falls on (free times are in order, so the days are too). */
const byDay = (free: FreeTime[], timeZone: string): Map<CalendarDate, FreeTime[]> => {
  const days = new Map<CalendarDate, FreeTime[]>()
  for (const time of free) {
    const { date } = wallClockOf(timeZone, time.startsAt)
    const day = days.get(date)
    if (day) day.push(time)
    else days.set(date, [time])
  }
  return days
}

/** The days with at least one free time, grouped by the clinic's weeks: what a visitor picks a day from. */
export const freeWeeks = (free: FreeTime[], timeZone: string): FreeWeek[] => {
  const weeks: FreeWeek[] = []
  for (const [date, times] of byDay(free, timeZone)) {
    const monday = mondayOf(date)
    const week = weeks.at(-1)?.monday === monday ? weeks.at(-1)! : weeks[weeks.push({ monday, days: [] }) - 1]!
    week.days.push({ date, times: times.length })
  }
  return weeks
}

/** The free times that start on one day of the clinic's calendar. */
export const freeTimesOn = (free: FreeTime[], timeZone: string, date: CalendarDate): FreeTime[] => byDay(free, timeZone).get(date) ?? []
