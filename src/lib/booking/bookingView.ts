import { BOOKING_DEFAULTS, type FreeTime } from './availability'
import { type CalendarDate, isCalendarDate } from './calendarDate'
import { availabilityQuery, type ClinicCalendar, type OfferedType } from './clinicCalendar'
import { freeTimesOn, freeWeeks } from './freeDays'
import { freeTimes } from './freeTimes'
import type { BookingQuery, BookingView, FreeTimeView } from './bookingSteps'
import { clockLabel, dayLabel, timeLabel } from './timeLabels'
import { wallClockOf } from './zonedTime'

/*
 * The visitor's steps on the booking page — consultation, practitioner, day, time — read from the
 * page's query (`?type=3&practitioner=any&day=2026-12-08&time=…`) against the clinic's calendar
 * as read now. The no-JavaScript pages render it and the enhanced page fetches it as JSON, so
 * both show the same free times. Whatever the query says, the answer is a view with, at worst,
 * a message saying what could not be used.
 */

const wholeNumber = (value: string | null | undefined) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined)

// The form's own rule for an instant (it names its offset); a query may carry `+` decoded as a space.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/
const instantOf = (value: string | null | undefined) => {
  const text = value?.trim().replace(' ', '+')
  return text && INSTANT.test(text) ? Date.parse(text) : undefined
}

/** "In-clinic consultation" inside a sentence: "in-clinic consultation" (a name in capitals, "MRI scan", stays). */
const inSentence = (name: string) => (/^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name)

const namesOf = (calendar: ClinicCalendar, ids: number[]) =>
  ids.map((id) => calendar.practitioners.find((person) => person.id === id)?.name).filter((name): name is string => Boolean(name))

/** A consultation in words, on the clinic's clock: "Tuesday 8 December, 10:30, with Priya Shah — in-clinic consultation, 30 min". */
export const consultationInWords = (timeZone: string, type: Pick<OfferedType, 'name' | 'durationMinutes'>, startsAt: number, names: string[]): string => {
  const { date } = wallClockOf(timeZone, startsAt)
  const withWhom = names.length > 0 ? `, with ${names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]}` : ''
  return `${dayLabel(date)}, ${clockLabel(timeZone, startsAt)}${withWhom} — ${inSentence(type.name)}, ${type.durationMinutes} min`
}

/** A free time in words; with "anyone", everyone free then is named. */
export const summaryOf = (calendar: ClinicCalendar, type: OfferedType, time: FreeTime): string =>
  consultationInWords(calendar.timeZone, type, time.startsAt, namesOf(calendar, time.practitioners))

const timeView = (calendar: ClinicCalendar, time: FreeTime): FreeTimeView => ({
  startsAt: new Date(time.startsAt).toISOString(),
  clock: clockLabel(calendar.timeZone, time.startsAt),
  label: timeLabel(calendar.timeZone, time.startsAt),
  practitioners: time.practitioners,
})

const dayView = (calendar: ClinicCalendar, free: FreeTime[], date: CalendarDate) => ({
  date,
  label: dayLabel(date),
  times: freeTimesOn(free, calendar.timeZone, date).map((time) => timeView(calendar, time)),
})

const WEEKS = BOOKING_DEFAULTS.horizonDays / 7

/** What the booking page shows for this query, from the clinic's calendar as read at `now`. */
export const bookingView = (calendar: ClinicCalendar, query: BookingQuery, now: number): BookingView => {
  const problems: string[] = []
  const view: BookingView = {
    types: calendar.types.map(({ id, name, durationMinutes }) => ({ id, name, durationMinutes })),
    practitioners: calendar.practitioners.map(({ id, name }) => ({ id, name })),
    practitioner: 'any',
  }
  const answer = () => (problems.length > 0 ? { ...view, problem: problems.join(' ') } : view)

  const wantedPractitioner = query.practitioner?.trim()
  if (wantedPractitioner && wantedPractitioner !== 'any') {
    const id = wholeNumber(wantedPractitioner)
    if (id !== undefined && calendar.practitioners.some((person) => person.id === id)) view.practitioner = id
    else problems.push('That practitioner does not take bookings here, so the times below are everyone’s.')
  }

  const wantedType = query.type?.trim()
  const type = calendar.types.find((offered) => offered.id === wholeNumber(wantedType))
  if (!type) {
    if (wantedType) problems.push('We do not offer that consultation here. Please choose one of those below.')
    else if (query.day || query.time) problems.push('Please choose a consultation first.')
    return answer()
  }
  view.type = type.id

  const free = freeTimes(availabilityQuery(calendar, type, now, view.practitioner === 'any' ? undefined : view.practitioner))
  view.weeks = freeWeeks(free, calendar.timeZone).map(({ monday, days }) => ({
    monday,
    label: `Week of ${dayLabel(monday)}`,
    days: days.map(({ date, times }) => ({ date, label: dayLabel(date), times })),
  }))
  if (free.length === 0) problems.push(`There are no free times for this consultation in the next ${WEEKS} weeks. Please ask us to call you, or call us.`)

  if (query.time) {
    const startsAt = instantOf(query.time)
    const time = startsAt === undefined ? undefined : free.find((candidate) => candidate.startsAt === startsAt)
    if (time) {
      view.chosen = { consultationType: type.id, practitioner: view.practitioner, startsAt: new Date(time.startsAt).toISOString(), summary: summaryOf(calendar, type, time) }
      view.day = dayView(calendar, free, wallClockOf(calendar.timeZone, time.startsAt).date)
      return answer()
    }
    problems.push('That time is not free (it may just have been taken). Please choose another.')
    if (startsAt !== undefined && !query.day) view.day = dayView(calendar, free, wallClockOf(calendar.timeZone, startsAt).date)
  }

  const wantedDay = query.day?.trim()
  if (wantedDay) {
    if (!isCalendarDate(wantedDay)) problems.push('We could not read that day. Please choose one of the days below.')
    else {
      const day = dayView(calendar, free, wantedDay)
      if (day.times.length > 0) view.day = day
      else problems.push(`There are no free times on ${dayLabel(wantedDay)} within the next ${WEEKS} weeks. Please choose another day.`)
    }
  }
  if (view.day && view.day.times.length === 0) delete view.day
  return answer()
}
