import { weeklySchedule } from '@/lib/sites/openingHours'

import type { AvailabilityException, Practitioner, WeeklyHours } from './availability'
import { addDays, type CalendarDate, daysFrom, minutesOf, weekdayOf } from './calendarDate'
import { type Interval, joined, without } from './intervals'
import { instantOf } from './zonedTime'

type Period = { opens: string; closes: string }

const periodOn = (timeZone: string, day: CalendarDate, { opens, closes }: Period): Interval => ({
  start: instantOf(timeZone, day, minutesOf(opens)),
  end: instantOf(timeZone, day, minutesOf(closes)),
})

const exceptionDays = (exception: AvailabilityException): CalendarDate[] =>
  daysFrom(exception.startsOn, exception.endsOn && exception.endsOn > exception.startsOn ? exception.endsOn : exception.startsOn)

const concerns = (exception: AvailabilityException, practitioner: number) =>
  exception.practitioner === null || exception.practitioner === practitioner

/**
 * When a practitioner works on the given days, in UTC: their week (or the clinic's opening hours),
 * plus extra hours, minus closures. Every local time is turned into an instant on its own day, so
 * a day the clocks change is as long as it really is.
 */
export const workingTimeOf = (
  practitioner: Practitioner,
  { timeZone, clinicHours, exceptions }: { timeZone: string; clinicHours: WeeklyHours | null | undefined; exceptions: AvailabilityException[] },
  days: CalendarDate[],
): Interval[] => {
  const hours = practitioner.workingHours?.length ? practitioner.workingHours : clinicHours
  const week = weeklySchedule(hours ?? [])
  const usual = days.flatMap((day) => week.find((entry) => entry.day === weekdayOf(day))!.periods.map((period) => periodOn(timeZone, day, period)))

  const theirs = exceptions.filter((exception) => concerns(exception, practitioner.id))
  const extra = theirs
    .filter((exception) => exception.kind === 'extraHours' && exception.opens && exception.closes)
    .flatMap((exception) => exceptionDays(exception).map((day) => periodOn(timeZone, day, exception as Period)))
  const closed = theirs
    .filter((exception) => exception.kind === 'closed')
    .flatMap((exception) =>
      exceptionDays(exception).map((day) =>
        exception.opens && exception.closes
          ? periodOn(timeZone, day, exception as Period)
          : { start: instantOf(timeZone, day, 0), end: instantOf(timeZone, addDays(day, 1), 0) },
      ),
    )
  return without(joined([...usual, ...extra]), closed)
}
