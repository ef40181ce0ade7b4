import { addDays, type CalendarDate, isCalendarDate } from '@/lib/booking/calendarDate'
import type { CalendarMode } from '@/lib/booking/calendarLayout'

type SearchParams = Record<string, string | string[] | undefined> | undefined

const one = (params: SearchParams, name: string) => {
  const value = params?.[name]
  return Array.isArray(value) ? value[0] : value
}

/** What the calendar's address asks for: day or week, which day (today unless said) and which clinic. */
export const readCalendarParams = (params: SearchParams) => {
  const mode: CalendarMode = one(params, 'mode') === 'week' ? 'week' : 'day'
  const date = one(params, 'date')
  const clinic = one(params, 'clinic')
  return { mode, date: isCalendarDate(date) ? date : undefined, clinic: clinic && /^\d{1,9}$/.test(clinic) ? Number(clinic) : undefined }
}

/**
 * The calendar's address for a mode and day, and the clinic when one was asked for by address
 * (otherwise the admin's clinic selector keeps choosing it).
 */
export const calendarHref = (base: string, clinic: number | undefined, mode: CalendarMode, date: CalendarDate) =>
  `${base}?${clinic === undefined ? '' : `clinic=${clinic}&`}mode=${mode}&date=${date}`

/** The day before or after (a week in week mode). */
export const stepFrom = (mode: CalendarMode, date: CalendarDate, direction: 1 | -1) => addDays(date, direction * (mode === 'week' ? 7 : 1))
