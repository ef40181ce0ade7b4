import type { Day } from '@/lib/sites/openingHours'

import type { CalendarDate } from './calendarDate'

/** Weekly hours in the clinic's local time, the shape of a clinic's opening hours. */
export type WeeklyHours = { days: Day[]; opens: string; closes: string }[]

export type Practitioner = {
  id: number
  /** Empty or missing: the practitioner works the clinic's opening hours. */
  workingHours?: WeeklyHours | null
}

/**
 * A change to the usual week, in the clinic's local time: closed (a holiday, training, the clinic
 * shut) or extra hours (a late evening). Without a practitioner it is the whole clinic's. Without
 * times a closure lasts whole days; extra hours always have times.
 */
export type AvailabilityException = {
  practitioner: number | null
  kind: 'closed' | 'extraHours'
  startsOn: CalendarDate
  /** The last day it applies, included; missing for one day. */
  endsOn?: CalendarDate | null
  opens?: string | null
  closes?: string | null
}

/** Time a booking holds: from its start to its end plus its type's buffer, in UTC milliseconds. */
export type HeldTime = { practitioner: number; start: number; end: number }

export type AvailabilityQuery = {
  timeZone: string
  clinicHours: WeeklyHours | null | undefined
  practitioners: Practitioner[]
  exceptions: AvailabilityException[]
  held: HeldTime[]
  durationMinutes: number
  bufferMinutes: number
  now: number
  /** How long before a consultation it must be booked; 2 hours unless said. */
  noticeMinutes?: number
  /** How many days ahead times are offered; 8 weeks unless said. */
  horizonDays?: number
  /** Times start on the clinic's clock every so many minutes; 15 unless said. */
  stepMinutes?: number
}

/** A time one can book, and who is free then. */
export type FreeTime = { startsAt: number; practitioners: number[] }

export const BOOKING_DEFAULTS = { noticeMinutes: 120, horizonDays: 56, stepMinutes: 15 } as const
