/**
 * The consultation form's rules, shared by the browser (inline errors) and the server (the
 * authority). Plain TypeScript whose only imports are the lead's field table and the hair-loss
 * stages (plain data), so the client bundle stays small.
 */
import { knownStage, type StageValue } from '@/lib/prices/stages'

import { LEAD_FIELDS, LEAD_PHOTOS } from './fields'

export const CONTACT_METHODS = [
  { value: 'phone', label: 'Phone call' },
  { value: 'email', label: 'E-mail' },
  { value: 'whatsapp', label: 'WhatsApp' },
] as const

export const CONTACT_TIMES = [
  { value: 'any', label: 'Any time' },
  { value: 'morning', label: 'Morning' },
  { value: 'afternoon', label: 'Afternoon' },
  { value: 'evening', label: 'Evening' },
] as const

/** The limits the form shows and checks, from the lead's field table. */
export const LEAD_LIMITS = {
  name: LEAD_FIELDS.name.maxLength,
  email: LEAD_FIELDS.email.maxLength,
  phone: LEAD_FIELDS.phone.maxLength,
  concern: LEAD_FIELDS.concern.maxLength,
  photos: LEAD_PHOTOS.max,
  photoBytes: LEAD_PHOTOS.bytes,
} as const

/** Field names as the form posts them. `website` is the honeypot: people never see it. */
export const FORM_FIELDS = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  preferredContact: 'preferredContact',
  preferredTime: 'preferredTime',
  treatment: 'treatment',
  hairLossStage: 'hairLossStage',
  concern: 'concern',
  photos: 'photos',
  privacyConsent: 'privacyConsent',
  marketingOptIn: 'marketingOptIn',
  honeypot: 'website',
  formToken: 'formToken',
} as const

export type ContactMethod = (typeof CONTACT_METHODS)[number]['value']
export type ContactTime = (typeof CONTACT_TIMES)[number]['value']

/** A checked lead: one value per row of LEAD_FIELDS. */
export type LeadInput = {
  name: string
  email: string
  phone: string
  preferredContact: ContactMethod
  preferredTime: ContactTime
  /** A treatment id this clinic offers, or null for "not sure yet". */
  treatment: number | null
  /** The stage the visitor chose (in the form or the guided check), or null for "not sure". */
  hairLossStage: StageValue | null
  concern: string
  privacyConsent: true
  marketingOptIn: boolean
}

export type LeadField = Exclude<keyof typeof FORM_FIELDS, 'honeypot' | 'formToken'>
export type FieldErrors = Partial<Record<LeadField, string>>

/** What a form posts, before checking: text fields as strings, checkboxes as present or not. */
export type RawLeadForm = Partial<Record<keyof typeof FORM_FIELDS, string | null | undefined>>

export type PhotoFacts = { name: string; size: number; type: string }

export type Validation = { ok: true; value: LeadInput } | { ok: false; errors: FieldErrors }

// Control characters other than tab and line breaks never belong in what a person types.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

const clean = (value: string | null | undefined, multiline = false): string => {
  const text = (value ?? '').normalize('NFC').replace(CONTROL, '')
  return (multiline ? text.replace(/\r\n?/g, '\n') : text.replace(/\s+/g, ' ')).trim()
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/

const checked = (value: string | null | undefined) => value === 'on' || value === 'true' || value === 'yes'

const oneOf = <T extends string>(options: readonly { value: T }[], value: string | null | undefined): T | undefined =>
  options.find((option) => option.value === value)?.value

/**
 * Checks a submitted form against this clinic's offered treatments. Returns the cleaned values or,
 * per field, one message a visitor can act on.
 */
export const validateLead = (raw: RawLeadForm, offeredTreatmentIds: readonly number[]): Validation => {
  const errors: FieldErrors = {}

  const name = clean(raw.name)
  if (!name) errors.name = 'Please tell us your name.'
  else if (name.length > LEAD_LIMITS.name) errors.name = `Please keep your name under ${LEAD_LIMITS.name} characters.`

  const email = clean(raw.email).toLowerCase()
  if (!email) errors.email = 'Please give an e-mail address, so we can confirm your request.'
  else if (email.length > LEAD_LIMITS.email || !EMAIL.test(email)) errors.email = 'This does not look like an e-mail address, e.g. name@example.com.'

  const phone = clean(raw.phone)
  const digits = phone.replace(/\D/g, '').length
  if (!phone) errors.phone = 'Please give a phone number, so the clinic can call you back.'
  else if (phone.length > LEAD_LIMITS.phone || !PHONE_CHARACTERS.test(phone) || digits < 7 || digits > 15) {
    errors.phone = 'This does not look like a phone number, e.g. 020 7946 0000 or +44 20 7946 0000.'
  }

  const preferredContact = oneOf(CONTACT_METHODS, raw.preferredContact || 'phone')
  if (!preferredContact) errors.preferredContact = 'Please choose how we should contact you.'
  const preferredTime = oneOf(CONTACT_TIMES, raw.preferredTime || 'any')
  if (!preferredTime) errors.preferredTime = 'Please choose when suits you best.'

  let treatment: number | null = null
  const treatmentText = clean(raw.treatment)
  if (treatmentText) {
    const id = Number(treatmentText)
    if (Number.isInteger(id) && offeredTreatmentIds.includes(id)) treatment = id
    else errors.treatment = 'Please choose one of the treatments this clinic offers, or “Not sure yet”.'
  }

  // A stage is optional; one that is none of ours is refused rather than dropped, so nothing half-understood is stored.
  const stageText = clean(raw.hairLossStage)
  const hairLossStage = stageText ? knownStage(stageText) : null
  if (hairLossStage === undefined) errors.hairLossStage = 'Please choose one of the listed stages, or “Not sure”.'

  const concern = clean(raw.concern, true)
  if (concern.length > LEAD_LIMITS.concern) errors.concern = `Please keep this under ${LEAD_LIMITS.concern} characters (it has ${concern.length}).`

  if (!checked(raw.privacyConsent)) errors.privacyConsent = 'We can only take your request if you agree to the privacy notice.'

  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    value: {
      name,
      email,
      phone,
      preferredContact: preferredContact!,
      preferredTime: preferredTime!,
      treatment,
      hairLossStage: hairLossStage ?? null,
      concern,
      privacyConsent: true,
      marketingOptIn: checked(raw.marketingOptIn),
    },
  }
}

/** What can be said about photos before their bytes are read: how many and how large. */
export const checkPhotos = (photos: readonly PhotoFacts[]): string | undefined => {
  const chosen = photos.filter((photo) => photo.size > 0)
  if (chosen.length > LEAD_LIMITS.photos) return `Please attach at most ${LEAD_LIMITS.photos} photos.`
  const tooLarge = chosen.find((photo) => photo.size > LEAD_LIMITS.photoBytes)
  if (tooLarge) return `“${tooLarge.name.slice(0, 80)}” is larger than ${LEAD_LIMITS.photoBytes / 1024 / 1024} MB. Please choose a smaller photo.`
  const notImage = chosen.find((photo) => photo.type && !photo.type.startsWith('image/'))
  if (notImage) return `“${notImage.name.slice(0, 80)}” is not a photo. Please attach JPEG, PNG or WebP images.`
  return undefined
}

/** The order fields appear in the form, so the error summary and focus follow it. */
export const FIELD_ORDER: LeadField[] = [
  'name',
  'email',
  'phone',
  'preferredContact',
  'preferredTime',
  'treatment',
  'hairLossStage',
  'concern',
  'photos',
  'privacyConsent',
  'marketingOptIn',
]
