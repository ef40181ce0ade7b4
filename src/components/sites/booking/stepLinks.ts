import { bookingQueryString, type BookingView } from '@/lib/booking/bookingSteps'
import type { StageValue } from '@/lib/prices/stages'

/* Where each choice of the booking steps leads without JavaScript: the step page with the query so far. */

/** `stage` is the guided check's answer, carried through every step to the form; the free times ignore it. */
export type StepChoice = { type?: number; practitioner?: number | 'any'; day?: string; time?: string; stage?: StageValue }

/** The headings each step's links land on, so a keyboard or screen-reader user starts where the page changed. */
export const STEP_HEADINGS = { type: 'booking-type', practitioner: 'booking-practitioner', day: 'booking-day', time: 'booking-time', details: 'booking-details' } as const

export const stepQuery = (choice: StepChoice) => {
  const query = bookingQueryString(choice)
  return choice.stage ? `${query}${query ? '&' : ''}stage=${choice.stage}` : query
}

export const stepHref = (stepsPath: string, choice: StepChoice, heading: string) => `${stepsPath}?${stepQuery(choice)}#${heading}`

/** The choice the view stands for, to build the next one from. */
export const choiceOf = (view: BookingView): StepChoice => ({ type: view.type, practitioner: view.practitioner, day: view.day?.date })
