import type { Payload } from 'payload'

import type { BookingQuery, BookingView } from './bookingSteps'
import { bookingView } from './bookingView'
import { readClinicCalendar } from './clinicCalendar'

/** The booking steps for this query, from the clinic's calendar read now (never cached: a booking made a moment ago counts). */
export const readBookingView = async (payload: Payload, clinicId: number, query: BookingQuery, now = Date.now()): Promise<BookingView | undefined> => {
  const calendar = await readClinicCalendar(payload, clinicId, now)
  return calendar ? bookingView(calendar, query, now) : undefined
}
