import type { CalendarDate } from './calendarDate'

/*
 * The booking page's steps as the browser sees them: the query its links carry and the view the
 * server answers (src/lib/booking/bookingView.ts works it out). Nothing here reaches the server's
 * modules, so the enhanced page can use it.
 */

/** The query as sent: any of it may be missing or made up. */
export type BookingQuery = { type?: string | null; practitioner?: string | null; day?: string | null; time?: string | null }

export type OfferedTypeView = { id: number; name: string; durationMinutes: number }

export type FreeTimeView = { startsAt: string; clock: string; label: string; practitioners: number[] }

/** The time chosen, as the consultation form carries it, and in words. */
export type ChosenTime = { consultationType: number; practitioner: number | 'any'; startsAt: string; summary: string }

export type BookingView = {
  types: OfferedTypeView[]
  practitioners: { id: number; name: string }[]
  type?: number
  practitioner: number | 'any'
  weeks?: { monday: CalendarDate; label: string; days: { date: CalendarDate; label: string; times: number }[] }[]
  day?: { date: CalendarDate; label: string; times: FreeTimeView[] }
  chosen?: ChosenTime
  /** What in the query could not be used, in words for the visitor. */
  problem?: string
}

/** A step of the booking page as its query: what the no-JavaScript links carry. */
export const bookingQueryString = ({ type, practitioner, day, time }: { type?: number; practitioner?: number | 'any'; day?: CalendarDate; time?: string }): string => {
  const query = new URLSearchParams()
  if (type !== undefined) query.set('type', String(type))
  if (practitioner !== undefined && practitioner !== 'any') query.set('practitioner', String(practitioner))
  if (day) query.set('day', day)
  if (time) query.set('time', time)
  return query.toString()
}
