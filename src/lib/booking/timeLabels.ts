import type { CalendarDate } from './calendarDate'

const formats = new Map<string, Intl.DateTimeFormat>()

const formatOf = (key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', options)
    formats.set(key, format)
  }
  return format
}

/** A time as the clinic's visitors read it, on the clinic's clock: "Mon 1 Mar, 10:30". */
export const timeLabel = (timeZone: string, instant: number): string =>
  formatOf(`time ${timeZone}`, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)

/** The clock alone, on the clinic's clock: "10:30". */
export const clockLabel = (timeZone: string, instant: number): string =>
  formatOf(`clock ${timeZone}`, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)

// A calendar day has no zone: read at noon UTC, it is the same day whatever the server's zone.
const noonOf = (date: CalendarDate) => Date.parse(`${date}T12:00:00Z`)

/** A day on the clinic's calendar in full: "Tuesday 8 December". */
export const dayLabel = (date: CalendarDate): string => formatOf('day', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(noonOf(date))
