'use client'

import { type MouseEvent, type ReactNode, useEffect, useRef } from 'react'

import { FIELD_ORDER, type FieldErrors, FORM_FIELDS, LEAD_LIMITS, type LeadField } from '@/lib/leads/schema'

import styles from './LeadForm.module.css'

/* The consultation form's pieces: ids and hints of its questions, errors, the consent sentence and the sent panel. */

export const fieldId = (field: LeadField) => `lead-${field}`
export const hintId = (field: LeadField) => `lead-${field}-hint`
export const errorId = (field: LeadField) => `lead-${field}-error`
// The first radio carries the question's id, so the error summary's link lands on the group.
export const contactId = (index: number, value: string) => (index === 0 ? fieldId('preferredContact') : `${fieldId('preferredContact')}-${value}`)
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

export const HINTS: Partial<Record<LeadField, string>> = {
  email: 'We send a confirmation of your request here.',
  phone: 'For example 020 7946 0000 or +44 20 7946 0000.',
  hairLossStage: 'Filled in when you did our hair-loss check; choose another if it fits you better.',
  concern: 'For example how long it has been going on and what you would like to change.',
  photos: `Up to ${LEAD_LIMITS.photos} photos (JPEG, PNG or WebP), ${LEAD_LIMITS.photoBytes / 1024 / 1024} MB each. They are kept private and seen only by the clinic.`,
}

/** What every control of a question carries: its id, its posted name, and its hint and error for assistive tech. */
export const control = (field: LeadField, error: string | undefined, hint = Boolean(HINTS[field])) => ({
  id: fieldId(field),
  name: FORM_FIELDS[field],
  'aria-describedby': [hint && hintId(field), error && errorId(field)].filter(Boolean).join(' ') || undefined,
  'aria-invalid': error ? true : undefined,
})

export const ErrorMessage = ({ field, message }: { field: LeadField; message?: string }) =>
  message ? (
    <p id={errorId(field)} className={styles.error}>
      <span className={styles.visuallyHidden}>Error: </span>
      {message}
    </p>
  ) : null

export const questionClass = (error?: string) => (error ? `${styles.question} ${styles.invalid}` : styles.question)

/** One question: its label, hint and error above the control, as GOV.UK lays them out. */
export const Question = ({ field, label, error, children }: { field: LeadField; label: string; error?: string; children: ReactNode }) => (
  <div className={questionClass(error)} data-question>
    <label htmlFor={fieldId(field)}>{label}</label>
    {HINTS[field] && (
      <p id={hintId(field)} className={styles.hint}>
        {HINTS[field]}
      </p>
    )}
    <ErrorMessage field={field} message={error} />
    {children}
  </div>
)

const PRIVACY_WORDS = 'privacy notice'

/** The consent sentence with its "privacy notice" as a link that keeps this form open. */
export const ConsentText = ({ sentence, href }: { sentence: string; href: string }) => {
  const at = sentence.toLowerCase().indexOf(PRIVACY_WORDS)
  const [before, words, after] =
    at < 0
      ? [`${sentence} `, 'Privacy notice', '']
      : [sentence.slice(0, at), sentence.slice(at, at + PRIVACY_WORDS.length), sentence.slice(at + PRIVACY_WORDS.length)]
  return (
    <>
      {before}
      <a href={href} target="_blank" rel="noopener">
        {words} (opens in a new tab)
      </a>
      {after}
    </>
  )
}

/** The summary at the top of the form: every problem, in the form's order, each a link to its field. It takes focus each time it is shown. */
export const ErrorSummary = ({ errors, round }: { errors: FieldErrors; round: number }) => {
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => summary.current?.focus(), [round])
  const listed = FIELD_ORDER.filter((field) => errors[field])
  // The links put the cursor in the field and bring its whole question, label first, into view.
  const jumpTo = (event: MouseEvent<HTMLAnchorElement>, field: LeadField) => {
    const target = document.getElementById(fieldId(field))
    if (!target) return
    event.preventDefault()
    ;(target.closest('fieldset') ?? target.closest('[data-question]') ?? target).scrollIntoView({ block: 'start' })
    target.focus({ preventScroll: true })
  }
  return (
    <div id="lead-error-summary" ref={summary} tabIndex={-1} className={styles.summary} aria-labelledby="lead-error-summary-title">
      <h2 id="lead-error-summary-title">There is a problem</h2>
      <ul>
        {listed.map((field) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`} onClick={(event) => jumpTo(event, field)}>
              {errors[field]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Shown in the form's place once the server has said 201, and only then; `booked` is the time booked with it, in words. */
export const SentPanel = ({ clinicName, email, reference, thanksHref, booked }: { clinicName: string; email: string; reference?: string; thanksHref: string; booked?: string }) => {
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => panel.current?.focus(), [])
  return (
    <div id="lead-sent" ref={panel} role="status" tabIndex={-1} className={styles.sent}>
      <h2>{booked ? 'Thank you — your consultation is booked' : 'Thank you — your request is on its way'}</h2>
      <p>{booked ? `${clinicName} expects you: ${booked}.` : `${clinicName} will contact you soon to arrange your free consultation.`}</p>
      <p>A confirmation e-mail is on its way{email ? ` to ${email}` : ''}. If it has not arrived within a few minutes, please look in your spam folder.</p>
      {reference && <p>Your reference: {reference}</p>}
      <p>
        <a href={thanksHref}>What happens next</a>
      </p>
    </div>
  )
}
