import type { Payload } from 'payload'

import type { BookingRecord } from './bookingRecord'
import { calendarWithout } from './changeBooking'
import { availabilityQuery, readClinicCalendar } from './clinicCalendar'
import { freeTimes } from './freeTimes'
import type { DayChoices } from './managePage'
import { wallClockOf } from './zonedTime'

/** How many days with free times the manage page lists: enough to choose from, short enough to read. */
const DAYS_SHOWN = 5

const formats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>()
const formatsOf = (timeZone: string) => {
  let found = formats.get(timeZone)
  if (!found) {
    found = {
      day: new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long' }),
      time: new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    }
    formats.set(timeZone, found)
  }
  return found
}

/**
 * The times a booking can move to, read from the calendar now (a time cancelled a moment ago is
 * among them): the same consultation with anyone free, by day on the clinic's clock, the booking's
 * own time left out. `only` narrows them to given instants (the nearest to one just taken).
 */
export const timeChoices = async (payload: Payload, booking: BookingRecord, now: number, only?: number[]): Promise<DayChoices[]> => {
  const read = await readClinicCalendar(payload, booking.clinicId, now)
  const type = read?.types.find((offered) => offered.id === booking.consultationTypeId)
  if (!read || !type) return []
  const calendar = calendarWithout(read, booking)
  const wanted = only ? new Set(only) : undefined
  const free = freeTimes(availabilityQuery(calendar, type, now)).filter((time) => time.startsAt !== booking.startsAt && (!wanted || wanted.has(time.startsAt)))
  const { day, time } = formatsOf(calendar.timeZone)
  const days = new Map<string, DayChoices>()
  for (const { startsAt } of free) {
    const date = wallClockOf(calendar.timeZone, startsAt).date
    if (!days.has(date)) {
      if (days.size === DAYS_SHOWN) break
      days.set(date, { label: day.format(startsAt), times: [] })
    }
    days.get(date)!.times.push({ value: new Date(startsAt).toISOString(), label: time.format(startsAt) })
  }
  return [...days.values()]
}
