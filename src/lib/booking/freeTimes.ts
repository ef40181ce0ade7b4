import { type AvailabilityQuery, BOOKING_DEFAULTS, type FreeTime, type HeldTime } from './availability'
import { addDays, daysFrom } from './calendarDate'
import { offsetAt, wallClockOf } from './zonedTime'
import { workingTimeOf } from './workingTime'

const MINUTE = 60_000

/** The first instant at or after `instant` that the clinic's clock shows on a multiple of `step`. */
const onTheClock = (timeZone: string, instant: number, step: number): number => {
  const offset = offsetAt(timeZone, instant)
  return Math.ceil((instant + offset) / step) * step - offset
}

/** Whether any held time from index `from` on (sorted by start) overlaps [start, end). */
const clashes = (held: HeldTime[], from: number, start: number, end: number): boolean => {
  for (let index = from; index < held.length && held[index]!.start < end; index++) if (start < held[index]!.end) return true
  return false
}

/** Start times one practitioner is free for the whole consultation, with its buffer clear of every held time. */
const freeStartsOf = (query: AvailabilityQuery, practitioner: AvailabilityQuery['practitioners'][number], window: { earliest: number; latest: number }) => {
  const step = (query.stepMinutes ?? BOOKING_DEFAULTS.stepMinutes) * MINUTE
  const duration = query.durationMinutes * MINUTE
  const holds = query.bufferMinutes * MINUTE + duration
  const first = wallClockOf(query.timeZone, window.earliest).date
  const last = wallClockOf(query.timeZone, window.latest).date
  // A day either side: a period near midnight can belong to the neighbouring local day.
  const working = workingTimeOf(practitioner, query, daysFrom(addDays(first, -1), addDays(last, 1)))
  const held: HeldTime[] = query.held.filter((time) => time.practitioner === practitioner.id).sort((a, b) => a.start - b.start)

  const starts: number[] = []
  let next = 0
  for (const span of working) {
    for (let start = onTheClock(query.timeZone, Math.max(span.start, window.earliest), step); start + duration <= span.end && start < window.latest; start += step) {
      // Both lists are in order: held times that end before this start never matter again.
      while (next < held.length && held[next]!.end <= start) next += 1
      if (!clashes(held, next, start, start + holds)) starts.push(start)
    }
  }
  return starts
}

/**
 * Every time a consultation can be booked, in order, with the practitioners free then: from the
 * minimum notice after `now` to the horizon. One practitioner's times, or anyone's ("any
 * practitioner"), as the query's practitioners say.
 */
export const freeTimes = (query: AvailabilityQuery): FreeTime[] => {
  const earliest = query.now + (query.noticeMinutes ?? BOOKING_DEFAULTS.noticeMinutes) * MINUTE
  const latest = query.now + (query.horizonDays ?? BOOKING_DEFAULTS.horizonDays) * 24 * 60 * MINUTE
  const byStart = new Map<number, number[]>()
  for (const practitioner of query.practitioners) {
    for (const start of freeStartsOf(query, practitioner, { earliest, latest })) byStart.set(start, [...(byStart.get(start) ?? []), practitioner.id])
  }
  return [...byStart.entries()].sort(([a], [b]) => a - b).map(([startsAt, practitioners]) => ({ startsAt, practitioners }))
}

/** The free times closest to a wanted one (before or after), nearest first: what to offer when it was taken. */
export const nearestFreeTimes = (free: FreeTime[], wanted: number, count = 3): FreeTime[] =>
  [...free].sort((a, b) => Math.abs(a.startsAt - wanted) - Math.abs(b.startsAt - wanted) || a.startsAt - b.startsAt).slice(0, count)
