import 'server-only'

import type { Payload } from 'payload'

import type { LeadLimits } from '@/lib/env'
import { errorSummary } from '@/lib/errorSummary'

import type { AddOnChoice, AddOnErrors, AddOnRefusal, AddOnWrite, LeadAddOn } from './addOn'
import { arrivalQueue } from './arrivalQueue'
import { attributionOf } from './attribution'
import { LEAD_BODY_BYTES, LEAD_PHOTOS } from './fields'
import { FORM_TOKEN_LIFETIME_MS, readFormToken } from './formToken'
import { cleanPhoto, type LeadPhoto, PhotoRefusedError } from './photos'
import { PHOTO_VIEWS, type PhotoView } from './photoViews'
import type { RateLimiter } from './rateLimit'
import { resultPage, type ResultPageClinic } from './resultPage'
import { checkPhotos, type FieldErrors, FORM_FIELDS, type RawLeadForm, validateLead } from './schema'
import { FormAlreadyUsedError, formNonceUsed, type LeadMailJobs, storeLead } from './storeLead'
import { visitorKeyOf } from './visitor'

/** People take longer than this to fill in the form; scripts do not. */
export const MIN_FILL_MS = 3000

/** Requests being checked and stored at once; more wait their turn (see arrivalQueue). */
const intake = arrivalQueue(8)

export type LeadClinic = ResultPageClinic & { id: number; offeredTreatmentIds: number[] }

export type LeadRequestContext = {
  payload: Payload
  clinic: LeadClinic
  limiter: RateLimiter
  limits: LeadLimits
  secret: string
  /** The visitor's address (src/lib/leads/visitor.ts); the limits count it by visitorKeyOf. */
  clientIp: string
  /** What a new lead queues, passed in so the lead model depends on no job's code. */
  mailJobs: LeadMailJobs
  /** Where the no-JavaScript form goes after success, and back to after a failure. */
  thanksPath: string
  formPath: string
  log: (line: string) => void
  now?: () => number
  /** What else the form may carry and store with the lead (a booked time). */
  addOn?: LeadAddOn
}

type RefusedCode = 'tooLarge' | 'unsupported' | 'tooMany' | 'notSent' | 'formExpired' | 'formUsed' | (string & {})
type RefusedStatus = 400 | 409 | 413 | 415 | 429 | 503

type Outcome =
  | { kind: 'received'; reference: string; extra?: Record<string, unknown>; thanksSearch?: string }
  | { kind: 'invalid'; status: 400; message: string; errors: AddOnErrors }
  | { kind: 'refused'; status: RefusedStatus; code: RefusedCode; message: string; retryAfter?: number; offer?: unknown; choices?: AddOnChoice[] }

class Refusal extends Error {
  constructor(readonly outcome: Exclude<Outcome, { kind: 'received' }>) {
    super(outcome.message)
  }
}

const refuse = (status: RefusedStatus, code: RefusedCode, message: string, retryAfter?: number) =>
  new Refusal({ kind: 'refused', status, code, message, retryAfter })

const invalid = (errors: AddOnErrors, message = 'Some answers need another look.') =>
  new Refusal({ kind: 'invalid', status: 400, message, errors })

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded']

const tooLargeMessage = `The request is too large. Photos may be up to ${LEAD_PHOTOS.bytes / 1024 / 1024} MB each, ${LEAD_PHOTOS.max} at most.`

/** Reads at most `max` bytes; a body that goes on is refused before it fills memory. */
const readBody = async (request: Request, max: number): Promise<Uint8Array<ArrayBuffer>> => {
  const declared = Number(request.headers.get('content-length') ?? 'NaN')
  if (declared > max) throw refuse(413, 'tooLarge', tooLargeMessage)
  if (!request.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => undefined)
      throw refuse(413, 'tooLarge', tooLargeMessage)
    }
    chunks.push(value)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

const textOf = (form: FormData, name: string): string | null => {
  const value = form.get(name)
  return typeof value === 'string' ? value : null
}

const filesIn = (form: FormData, field: string) => form.getAll(field).filter((entry): entry is File => typeof entry !== 'string' && entry.size > 0)

/** The generic photos first, then one per guided view (at most one each), every one counted against the one limit. */
const sentPhotos = (form: FormData): { file: File; view: PhotoView | null }[] => [
  ...filesIn(form, FORM_FIELDS.photos).map((file) => ({ file, view: null })),
  ...PHOTO_VIEWS.flatMap(({ value, field }) => filesIn(form, field).map((file) => ({ file, view: value }))),
]

/** Photos checked by their bytes and header, then cleaned (src/lib/leads/photos.ts). */
const cleanPhotos = async (form: FormData): Promise<LeadPhoto[]> => {
  const sent = sentPhotos(form)
  const problem = checkPhotos(sent.map(({ file }) => ({ name: file.name, size: file.size, type: file.type })))
  if (problem) throw invalid({ photos: problem })
  try {
    return await Promise.all(sent.map(async ({ file, view }) => ({ ...(await cleanPhoto(Buffer.from(await file.arrayBuffer()), file.name)), view })))
  } catch (error) {
    if (error instanceof PhotoRefusedError) throw invalid({ photos: error.message })
    throw error
  }
}

/**
 * The honeypot and the form token: a lead that fails them is kept as spam, never mailed, and not
 * counted against the clinic. A token past its lifetime is refused, so the visitor sends a fresh form.
 */
const spamReasonOf = (form: FormData, secret: string, now: number): { reason: string | null; nonce: string | null } => {
  const token = readFormToken(secret, textOf(form, FORM_FIELDS.formToken))
  if ((textOf(form, FORM_FIELDS.honeypot) ?? '').trim() !== '') return { reason: 'The hidden field only bots see was filled in.', nonce: token?.nonce ?? null }
  if (!token) return { reason: 'Sent without a valid form token (not from our form).', nonce: null }
  const age = now - token.issuedAt
  if (age > FORM_TOKEN_LIFETIME_MS) {
    throw refuse(400, 'formExpired', 'This form was open for more than a day, so it was NOT sent. Please reload the page and send it again.')
  }
  if (age < MIN_FILL_MS) return { reason: `Sent ${Math.max(0, age / 1000).toFixed(1)} s after the form was shown.`, nonce: token.nonce }
  return { reason: null, nonce: token.nonce }
}

const tooMany = (retryAfter: number) =>
  refuse(429, 'tooMany', 'We have received a lot of requests from you in a short time and could not take this one. Please call us, or try again later.', retryAfter)

const take = async (request: Request, context: LeadRequestContext): Promise<Outcome> => {
  const now = (context.now ?? Date.now)()
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (!FORM_TYPES.includes(type)) throw refuse(415, 'unsupported', 'The form must be sent as multipart/form-data or application/x-www-form-urlencoded.')

  // Every request counts against its sender, junk included: that is what the per-visitor limit is for.
  const visitor = await context.limiter.hit(`lead:visitor:${visitorKeyOf(context.clientIp)}`, context.limits.perIp)
  if (!visitor.allowed) throw tooMany(visitor.retryAfterSeconds)

  // Read first, outside the queue: a slow upload must not hold a place that others wait for.
  const body = await readBody(request, LEAD_BODY_BYTES)
  return intake(() => checkAndStore(request, body, context, now))
}

/**
 * The clinic's ceiling counts only leads that passed every check, so junk never uses it up; a lead
 * beyond it is still stored, for the clinic to review as possible spam, never turned away.
 */
const floodReasonOf = async ({ limiter, limits, clinic }: LeadRequestContext): Promise<string | null> => {
  const decision = await limiter.hit(clinicKeyOf(clinic.id), limits.perClinic)
  if (decision.allowed) return null
  return `Arrived while the clinic received more than ${limits.perClinic.max} requests within ${Math.round(limits.perClinic.windowMs / 60_000)} minutes (a possible flood): check it before contacting.`
}

const clinicKeyOf = (clinicId: number) => `lead:clinic:${clinicId}`

/** Whether a lead was already stored with this form's token; asked only after a refusal, so other requests cost no extra query. */
const sentBefore = async (context: LeadRequestContext, form: FormData) => {
  const nonce = readFormToken(context.secret, textOf(form, FORM_FIELDS.formToken))?.nonce
  return nonce !== undefined && (await formNonceUsed(context.payload, nonce))
}

const refusalOfAddOn = ({ status, code, message, errors, offer, choices }: AddOnRefusal) =>
  status === 400 ? invalid(errors ?? {}, message) : new Refusal({ kind: 'refused', status, code, message, offer, choices })

const addOnRefusalOf = async (addOn: AddOnWrite | undefined, error: unknown) => (addOn ? addOn.refusalOf(error) : undefined)

/** Parses, checks and stores a read request: the CPU and database part of intake. */
const checkAndStore = async (request: Request, body: Uint8Array<ArrayBuffer>, context: LeadRequestContext, now: number): Promise<Outcome> => {
  const { clinic } = context
  let form: FormData
  try {
    form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type')! } }).formData()
  } catch {
    throw invalid({}, 'The form data could not be read. Please send the form again.')
  }

  const raw: RawLeadForm = Object.fromEntries(Object.values(FORM_FIELDS).map((name) => [name, textOf(form, name)]))
  const checked = validateLead(raw, clinic.offeredTreatmentIds)
  let addOn = await context.addOn?.prepare((name) => textOf(form, name), now)
  // The same form sent again finds the lead it made, and that lead its booking: its time was not taken from it.
  if (addOn?.refused && addOn.status === 409 && (await sentBefore(context, form))) addOn = undefined
  const addOnErrors = addOn?.refused && addOn.status === 400 ? addOn.errors : undefined
  if (!checked.ok || addOnErrors) throw invalid({ ...(checked.ok ? {} : checked.errors), ...addOnErrors }, addOn?.refused && checked.ok ? addOn.message : undefined)
  if (addOn?.refused) throw refusalOfAddOn(addOn)
  const spam = spamReasonOf(form, context.secret, now)
  const photos = await cleanPhotos(form)
  let spamReason = spam.reason

  // Counted before it is stored (a flood's leads are filed as spam); taken back below when the
  // form turns out to have been sent before, as that adds no lead.
  const counted = !spamReason && spam.nonce !== null
  const takeBack = () => (counted ? context.limiter.takeBack(clinicKeyOf(clinic.id)) : undefined)
  try {
    if (counted) spamReason = await floodReasonOf(context)
    const stored = await storeLead(
      context.payload,
      {
        clinicId: clinic.id,
        input: checked.value,
        photos,
        attribution: attributionOf({ landingPage: textOf(form, 'landingPage'), referrer: textOf(form, 'referrer') }, request.headers.get('referer')),
        spamReason,
        formNonce: spam.nonce,
      },
      context.mailJobs,
      // What a spam check caught is kept as a lead, quietly, but holds no practitioner's time.
      spamReason ? undefined : addOn?.write,
    )
    if (stored.duplicate) await takeBack()
    // Ids and outcome only: a lead's details are personal data and stay out of logs.
    const note = addOn && !spamReason && !stored.duplicate ? addOn.logNote() : ''
    context.log(`lead #${stored.id} for clinic #${clinic.id}${note}${stored.duplicate ? ' (repeated submission, already stored)' : spamReason ? ' filed as spam' : ''}`)
    const added = addOn && !spamReason ? addOn : undefined
    return { kind: 'received', reference: `#${stored.id}`, extra: added?.answer(), thanksSearch: added?.thanksSearch() }
  } catch (error) {
    await takeBack()
    const addOnRefusal = await addOnRefusalOf(addOn, error)
    if (addOnRefusal) throw refusalOfAddOn(addOnRefusal)
    if (error instanceof FormAlreadyUsedError) {
      throw refuse(409, 'formUsed', 'This form was already sent with other answers, so this one was NOT sent. To send another request, please reload the page.')
    }
    context.log(`lead for clinic #${clinic.id} NOT stored: ${errorSummary(error)}`)
    throw refuse(503, 'notSent', 'Sorry — your request could not be saved just now, so it was NOT sent.')
  }
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } })

/**
 * The consultation form's endpoint. A form posted by the enhanced form (Accept: application/json)
 * gets JSON to show inline; a plain form post gets a redirect to the thank-you page or a complete
 * result page. Every outcome is an answer on purpose — none is a 500 — and a success is only
 * ever reported for a lead that is stored with its mails queued.
 */
export const handleLeadRequest = async (request: Request, context: LeadRequestContext): Promise<Response> => {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  let outcome: Outcome
  try {
    outcome = await take(request, context)
  } catch (error) {
    if (!(error instanceof Refusal)) {
      context.log(`lead request for clinic #${context.clinic.id} failed: ${errorSummary(error)}`)
      outcome = { kind: 'refused', status: 503, code: 'notSent', message: 'Sorry — something went wrong on our side, so your request was NOT sent.' }
    } else outcome = error.outcome
  }

  if (outcome.kind === 'received') {
    return wantsJson
      ? json(201, { ...outcome.extra, status: 'received', reference: outcome.reference })
      : new Response(null, { status: 303, headers: { location: `${context.thanksPath}${outcome.thanksSearch ?? ''}`, 'cache-control': 'no-store' } })
  }
  const headers: Record<string, string> = outcome.kind === 'refused' && outcome.retryAfter ? { 'retry-after': String(outcome.retryAfter) } : {}
  if (wantsJson) {
    return outcome.kind === 'invalid'
      ? json(400, { status: 'invalid', message: outcome.message, errors: outcome.errors }, headers)
      : json(outcome.status, { status: outcome.code, message: outcome.message, phone: context.clinic.phone, ...(outcome.offer ? { offer: outcome.offer } : {}) }, headers)
  }
  const html = resultPage(context.clinic, {
    title: 'Your request was not sent',
    message: outcome.message,
    errors: outcome.kind === 'invalid' ? outcome.errors : undefined,
    labels: context.addOn?.labels,
    choices: outcome.kind === 'refused' ? outcome.choices : undefined,
    formPath: context.formPath,
  })
  return new Response(html, { status: outcome.status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } })
}
