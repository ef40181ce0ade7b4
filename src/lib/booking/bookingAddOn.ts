import type { Payload } from 'payload'

import type { AddOnRefusal, AddOnWrite, LeadAddOn } from '@/lib/leads/addOn'

import type { FreeTime } from './availability'
import { BOOKING_FIELD_LABELS, type BookingChoice, readBookingChoice } from './bookingForm'
import { bookingQueryString } from './bookingSteps'
import { checkBooking, nearestTo } from './checkBooking'
import { type ClinicCalendar, readClinicCalendar } from './clinicCalendar'
import { insertBooking, TimeTakenError } from './insertBooking'
import { timeLabel } from './timeLabels'

/** Free times as the answer offers them: the instant, how the clinic's clock shows it, and who is free. */
const offerOf = (calendar: ClinicCalendar, nearest: FreeTime[]) =>
  nearest.map(({ startsAt, practitioners }) => ({ startsAt: new Date(startsAt).toISOString(), label: timeLabel(calendar.timeZone, startsAt), practitioners }))

/** Where the booking page offers a time (`stepsPath`: its step page on this site), for the page a plain form post gets. */
const choicesOf = (stepsPath: string, choice: BookingChoice, offer: ReturnType<typeof offerOf>) =>
  offer.map(({ startsAt, label }) => ({
    label,
    href: `${stepsPath}?${bookingQueryString({ type: choice.consultationType, practitioner: choice.practitioner, time: startsAt })}#booking-details`,
  }))

const taken = (calendar: ClinicCalendar, nearest: FreeTime[], choice: BookingChoice, stepsPath: string): AddOnRefusal => {
  const offer = offerOf(calendar, nearest)
  const instead = offer.length > 0 ? ` The nearest free times are ${offer.map(({ label }) => label).join('; ')}.` : ' There is no other free time for this consultation in the coming weeks; please call us.'
  return {
    refused: true,
    status: 409,
    code: 'taken',
    message: `Sorry — that time was just taken by someone else, so nothing was booked or sent.${instead}`,
    offer,
    choices: choicesOf(stepsPath, choice, offer),
  }
}

const unknownClinic: AddOnRefusal = { refused: true, status: 400, code: 'invalid', message: 'This clinic takes no bookings online. Please call us.', errors: { startsAt: 'This clinic takes no bookings online.' } }

/**
 * The booked time, as the consultation form's add-on: checked against the clinic's calendar read
 * now, then written with the lead in its transaction, where PostgreSQL refuses it if someone else
 * took the time in between (docs/decisions/0017).
 */
export const bookingAddOn = (payload: Payload, clinicId: number, stepsPath: string): LeadAddOn => ({
  labels: BOOKING_FIELD_LABELS,
  prepare: async (text, now) => {
    const read = readBookingChoice(text)
    if (!read) return undefined
    if (!read.ok) return { refused: true, status: 400, code: 'invalid', message: 'The time you chose needs another look.', errors: read.errors }
    const calendar = await readClinicCalendar(payload, clinicId, now)
    if (!calendar) return unknownClinic
    const checked = checkBooking(calendar, read.choice, now)
    if (!checked.ok) {
      return checked.refusal.kind === 'taken'
        ? taken(calendar, checked.refusal.nearest, read.choice, stepsPath)
        : { refused: true, status: 400, code: 'invalid', message: 'The time you chose needs another look.', errors: checked.refusal.errors }
    }
    return bookingWrite(payload, clinicId, read.choice, checked.plan, stepsPath)
  },
})

const bookingWrite = (payload: Payload, clinicId: number, choice: BookingChoice, plan: Parameters<typeof insertBooking>[3], stepsPath: string): AddOnWrite => {
  let booked: { id: number; practitioner: number } | undefined
  return {
    refused: false,
    write: async (db, leadId) => {
      booked = await insertBooking(db, clinicId, leadId, plan)
    },
    refusalOf: async (error) => {
      if (!(error instanceof TimeTakenError)) return undefined
      // Read again: the time that was just taken, and any other, no longer count as free.
      const now = Date.now()
      const calendar = await readClinicCalendar(payload, clinicId, now)
      return calendar ? taken(calendar, nearestTo(calendar, plan.type, choice, now), choice, stepsPath) : unknownClinic
    },
    logNote: () => (booked ? ` with booking #${booked.id} (practitioner #${booked.practitioner})` : ''),
    answer: () => (booked ? { booking: { reference: `#${booked.id}`, startsAt: new Date(plan.startsAt).toISOString(), practitioner: booked.practitioner } } : {}),
    // No personal data in the address: the time, the type and the practitioner, which the page names.
    thanksSearch: () =>
      booked ? `?${new URLSearchParams({ booked: new Date(plan.startsAt).toISOString(), type: String(plan.type.id), with: String(booked.practitioner) })}` : '',
  }
}
