import type { CalendarDate } from './calendarDate'

/*
 * What the admin calendar sends: a booking's outcome and a time off, each a plain request to the
 * REST API as the signed-in person, so the collections' own rules and hooks decide (and the tests
 * send exactly this).
 */

export type TimeOffInput = {
  clinic: number
  /** Empty: the whole clinic. */
  practitioner: number | null
  startsOn: CalendarDate
  endsOn?: CalendarDate | null
  /** Both empty: whole days. */
  opens?: string | null
  closes?: string | null
  note?: string | null
}

/** The availability exception a time off from the calendar creates: a closure, for one practitioner or the clinic. */
export const timeOffBody = (input: TimeOffInput) => ({
  kind: 'closed' as const,
  clinic: input.clinic,
  practitioner: input.practitioner,
  startsOn: input.startsOn,
  endsOn: input.endsOn || null,
  opens: input.opens || null,
  closes: input.closes || null,
  note: input.note?.trim() || 'Time off',
})

type Refusal = { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }

/** The sentence to show for a refused write: the field's own message where Payload gives one. */
export const refusalMessage = (body: unknown): string => {
  const errors = (body as Refusal | null)?.errors ?? []
  const messages = errors.flatMap((error) => (error.data?.errors?.length ? error.data.errors.map((field) => field.message) : [error.message]))
  return messages.filter(Boolean).join(' ') || 'That did not work. Reload the page and try again.'
}
