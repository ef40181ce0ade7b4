import { bookingQueryString, type BookingView } from '@/lib/booking/bookingSteps'

/* Where each choice of the booking steps leads without JavaScript: the step page with the query so far. */

export type StepChoice = { type?: number; practitioner?: number | 'any'; day?: string; time?: string }

/** The headings each step's links land on, so a keyboard or screen-reader user starts where the page changed. */
export const STEP_HEADINGS = { type: 'booking-type', practitioner: 'booking-practitioner', day: 'booking-day', time: 'booking-time', details: 'booking-details' } as const

export const stepQuery = bookingQueryString

export const stepHref = (stepsPath: string, choice: StepChoice, heading: string) => `${stepsPath}?${stepQuery(choice)}#${heading}`

/** The choice the view stands for, to build the next one from. */
export const choiceOf = (view: BookingView): StepChoice => ({ type: view.type, practitioner: view.practitioner, day: view.day?.date })
