import type { CalendarDate } from './calendarDate'

/*
 * Wall-clock time in a clinic's IANA zone and the UTC instants it names, with Intl alone: the
 * zone's rules (and their changes) come from the runtime's time-zone data, never a fixed offset.
 */

export type WallClock = { date: CalendarDate; minutes: number }

const MINUTE = 60_000
const formatters = new Map<string, Intl.DateTimeFormat>()

// Building a formatter costs far more than using one; free times convert hundreds of instants per request.
const formatterOf = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The clock on the clinic's wall at an instant, as if that reading were UTC (in ms). */
const wallAsUtc = (timeZone: string, instant: number): number => {
  const parts: Record<string, number> = {}
  for (const part of formatterOf(timeZone).formatToParts(instant)) if (part.type !== 'literal') parts[part.type] = Number(part.value)
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
}

/** How far the zone's clock is ahead of UTC at an instant, in ms (an hour in London's summer). */
export const offsetAt = (timeZone: string, instant: number): number => wallAsUtc(timeZone, Math.floor(instant / 1000) * 1000) - Math.floor(instant / 1000) * 1000

export const wallClockOf = (timeZone: string, instant: number): WallClock => {
  const wall = new Date(wallAsUtc(timeZone, instant))
  return { date: wall.toISOString().slice(0, 10), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes() }
}

/** Offsets around a local day, in ms: the same number twice on every day the clocks do not change. */
const dayOffsets = new Map<string, [number, number]>()

const offsetsAround = (timeZone: string, date: CalendarDate): [number, number] => {
  const key = `${timeZone} ${date}`
  let offsets = dayOffsets.get(key)
  if (!offsets) {
    const midnight = Date.parse(`${date}T00:00:00Z`)
    // From noon the day before to noon the day after: every offset any instant of this local day can have.
    offsets = [offsetAt(timeZone, midnight - 12 * 60 * MINUTE), offsetAt(timeZone, midnight + 36 * 60 * MINUTE)]
    // A day's entry never changes; the map is cleared now and then so a long-lived server keeps it small.
    if (dayOffsets.size > 20_000) dayOffsets.clear()
    dayOffsets.set(key, offsets)
  }
  return offsets
}

/**
 * The instant the clinic's clock shows `minutes` past midnight on `date` (minutes may reach 1440,
 * the next midnight). On the day clocks go back, a time shown twice is its first showing; on the
 * day they go forward, a time never shown is read with the offset before the change (01:30 in
 * London's spring gap is 02:30 summer time) — the rule of Temporal's "compatible" and of RFC 5545.
 */
export const instantOf = (timeZone: string, date: CalendarDate, minutes: number): number => {
  const asUtc = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE
  const [dayBefore, dayAfter] = offsetsAround(timeZone, date)
  // Most days: one offset all day long, and nothing more to ask the time-zone data.
  if (dayBefore === dayAfter) return asUtc - dayBefore
  // No zone changes its offset twice within a day, so the offsets 12 hours either side are the only candidates.
  const before = offsetAt(timeZone, asUtc - 12 * 60 * MINUTE)
  const after = offsetAt(timeZone, asUtc + 12 * 60 * MINUTE)
  const shown = [asUtc - before, asUtc - after].filter((instant) => wallAsUtc(timeZone, instant) === asUtc)
  return shown.length > 0 ? Math.min(...shown) : asUtc - before
}
