import { PHOTO_VIEWS } from '@/lib/leads/photoViews'
import { FIELD_ORDER, type FieldErrors, FORM_FIELDS, type RawLeadForm } from '@/lib/leads/schema'

/* The consultation form's conversation with the server, for the enhanced (JavaScript) form. */

/** A free time offered instead of one just taken (the 409 answer's `offer`). */
export type OfferedTime = { startsAt: string; label: string }

export type Outcome =
  | { state: 'editing' }
  | { state: 'sending' }
  | { state: 'sent'; email: string; reference?: string }
  | { state: 'notSent'; message: string; phone?: string; offer?: OfferedTime[] }

type Answer = { status?: unknown; message?: unknown; errors?: unknown; phone?: unknown; reference?: unknown; offer?: unknown }
type Reply = Exclude<Outcome, { state: 'editing' | 'sending' }> | { state: 'invalid'; errors: FieldErrors }

export const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined)

/** The statuses whose message was written for the visitor; anything else gets our own words. */
const ANSWERED = [400, 409, 413, 415, 429, 503]
const NOT_REACHED = 'We could not reach the clinic’s website just now. Please check your connection and try again.'
const NOT_UNDERSTOOD = 'Something went wrong on our side.'

/** The form as the shared rules read it: text as strings, an unticked box as missing. */
export const readForm = (body: FormData) => Object.fromEntries(Object.entries(FORM_FIELDS).map(([key, name]) => [key, text(body.get(name)) ?? null])) as RawLeadForm

const PHOTO_INPUTS = [FORM_FIELDS.photos, ...PHOTO_VIEWS.map(({ field }) => field)]

/** Every photo chosen, generic and guided, by the field it came in; an untouched file input posts one empty file, which does not count. */
export const chosenPhotos = (body: FormData) =>
  PHOTO_INPUTS.flatMap((field) => body.getAll(field).flatMap((value) => (value instanceof File && value.size > 0 ? [{ field, file: value }] : [])))

/** The form with only the chosen photos, so empty file parts are not sent. */
export const keepChosenPhotos = (body: FormData, photos: ReturnType<typeof chosenPhotos>) => {
  for (const field of PHOTO_INPUTS) body.delete(field)
  for (const { field, file } of photos) body.append(field, file)
}

/** The server's messages for the fields this form has, whatever else its answer holds. */
const knownErrors = (errors: unknown): FieldErrors => {
  const given = (errors ?? {}) as Record<string, unknown>
  return Object.fromEntries(FIELD_ORDER.flatMap((field) => (text(given[field]) ? [[field, text(given[field])]] : [])))
}

/** The times a 409 "just taken" answer offers instead; anything else in it is ignored. */
const offeredTimes = (offer: unknown): OfferedTime[] | undefined => {
  if (!Array.isArray(offer)) return undefined
  const times = offer.flatMap((time: { startsAt?: unknown; label?: unknown } | null) =>
    text(time?.startsAt) && text(time?.label) ? [{ startsAt: text(time?.startsAt)!, label: text(time?.label)! }] : [],
  )
  return times.length > 0 ? times : undefined
}

/** Posts the form for a JSON answer. Only a 201 means the clinic has the request. */
export const send = async (action: string, body: FormData, email: string): Promise<Reply> => {
  let response: Response
  try {
    response = await fetch(action, { method: 'POST', body, headers: { Accept: 'application/json' } })
  } catch {
    return { state: 'notSent', message: NOT_REACHED }
  }
  const answer = (await response.json().catch(() => null)) as Answer | null
  if (response.status === 201) return { state: 'sent', email, reference: text(answer?.reference) }
  const errors = knownErrors(answer?.errors)
  if (response.status === 400 && Object.keys(errors).length > 0) return { state: 'invalid', errors }
  const message = (ANSWERED.includes(response.status) && text(answer?.message)) || NOT_UNDERSTOOD
  return { state: 'notSent', message, phone: text(answer?.phone), offer: response.status === 409 ? offeredTimes(answer?.offer) : undefined }
}
