import { WEEKDAYS } from '@/fields/openingHours'
import type { Clinic } from '@/payload-types'

export type Day = (typeof WEEKDAYS)[number]['value']
export type OpeningHours = Clinic['openingHours']
export type OpeningPeriod = { opens: string; closes: string }
export type DaySchedule = { day: Day; periods: OpeningPeriod[] }

export type OpenStatus = {
  open: boolean
  closesAt?: string
  /** inDays is 0 when the clinic opens again later today, 1 tomorrow, up to 7 for this weekday next week. */
  opensNext?: { day: Day; time: string; inDays: number }
}

const DAYS: Day[] = WEEKDAYS.map((weekday) => weekday.value)

export const dayName = (day: Day): string => WEEKDAYS.find((weekday) => weekday.value === day)!.label

const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number)
  return hours * 60 + minutes
}

/**
 * The seven days Monday to Sunday with their opening periods in order. Periods that touch or
 * overlap are joined, so "09:00–12:00" and "12:00–17:00" read (and count) as one opening.
 */
export const weeklySchedule = (hours: OpeningHours): DaySchedule[] =>
  DAYS.map((day) => {
    const periods = (hours ?? [])
      .filter((row) => row.days.includes(day))
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens))
    const joined: OpeningPeriod[] = []
    for (const period of periods) {
      const last = joined.at(-1)
      if (last && minutesOf(period.opens) <= minutesOf(last.closes)) {
        if (minutesOf(period.closes) > minutesOf(last.closes)) last.closes = period.closes
      } else {
        joined.push({ ...period })
      }
    }
    return { day, periods: joined }
  })

/**
 * The weekday and minute of the day on the clinic's wall clock. Opening hours are wall-clock
 * times, so reading the clock in the clinic's zone (rather than adding a fixed offset) keeps the
 * answer right on the days the clocks change and for a visitor browsing from another zone.
 */
const wallClock = (timeZone: string, at: Date): { day: Day; minutes: number } => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value
  return {
    day: part('weekday').toLowerCase() as Day,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  }
}

/** Whether the clinic is open at a moment, and when it closes or next opens, in its own time zone. */
export const openStatusAt = (hours: OpeningHours, timeZone: string, at: Date): OpenStatus => {
  const schedule = weeklySchedule(hours)
  const now = wallClock(timeZone, at)
  const today = DAYS.indexOf(now.day)

  const current = schedule[today].periods.find(
    (period) => minutesOf(period.opens) <= now.minutes && now.minutes < minutesOf(period.closes),
  )
  if (current) return { open: true, closesAt: current.closes }

  // Later today first, then the following days; a full week on, the same weekday counts again.
  for (let inDays = 0; inDays <= 7; inDays++) {
    const { day, periods } = schedule[(today + inDays) % 7]
    const next = periods.find((period) => inDays > 0 || minutesOf(period.opens) > now.minutes)
    if (next) return { open: false, opensNext: { day, time: next.opens, inDays } }
  }
  return { open: false }
}
