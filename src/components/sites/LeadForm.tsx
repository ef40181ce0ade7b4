'use client'

import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react'

import { BOOKING_FORM_FIELDS } from '@/lib/booking/bookingForm'
import type { ChosenTime } from '@/lib/booking/bookingSteps'
import { checkPhotos, CONTACT_METHODS, CONTACT_TIMES, type FieldErrors, FORM_FIELDS, LEAD_LIMITS, validateLead } from '@/lib/leads/schema'
import { rememberedVisit } from '@/lib/leads/client/visit'
import type { StageValue } from '@/lib/prices/stages'

import styles from './LeadForm.module.css'
import { ConsentText, contactId, control, ErrorMessage, errorId, ErrorSummary, fieldId, hintId, Question, questionClass, SentPanel, telHref } from './leadFormParts'
import { GuidedPhotos } from './GuidedPhotos'
import { chosenPhotos, keepChosenPhotos, type OfferedTime, type Outcome, readForm, send, text } from './leadFormRequest'
import { StageQuestion } from './StageQuestion'

export type LeadFormProps = {
  /** Where the form posts; the same address hands out fresh form tokens. */
  action: string
  tokenUrl: string
  initialToken: string
  treatments: { id: number; title: string }[]
  privacyHref: string
  /** The clinic's data-controller details, shown under the consent box. */
  privacyNotice?: string | null
  /** The brand's consent sentence; "privacy notice" in it becomes the link. */
  consentText?: string | null
  clinicName: string
  phone: string
  thanksHref: string
  headingId?: string
  /** The consultation time this form books, when the visitor chose one (src/components/sites/booking). */
  booking?: ChosenTime
  /** The times offered instead when the chosen one was just taken, as the booking steps show them. */
  renderOffer?: (offer: OfferedTime[]) => ReactNode
  /** The stage from the guided check, when the page was rendered for this visit (otherwise the browser reads it from the address). */
  stage?: StageValue
}

/**
 * The consultation request. Without JavaScript it is a plain form the browser checks and posts;
 * with it, the shared rules check it here first, it posts in the background, and the visitor
 * sees either the server's own answer or — whenever that is not a 201 — that it was NOT sent.
 */
export function LeadForm(props: LeadFormProps) {
  const { action, tokenUrl, initialToken, treatments, privacyHref, privacyNotice, consentText, clinicName, phone, thanksHref, headingId, booking, renderOffer, stage } = props
  const [token, setToken] = useState(initialToken)
  const [scripted, setScripted] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>({ state: 'editing' })
  const [problems, setProblems] = useState<{ errors: FieldErrors; round: number }>({ errors: {}, round: 0 })
  const sending = useRef(false)
  const { errors } = problems

  // A cached page carries an old token: fetch one for this visit (the page's own stands if this fails).
  useEffect(() => {
    setScripted(true)
    const controller = new AbortController()
    fetch(tokenUrl, { cache: 'no-store', headers: { Accept: 'application/json' }, signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ formToken?: unknown }>) : null))
      .then((body) => {
        const fresh = text(body?.formToken)
        if (fresh) setToken(fresh)
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [tokenUrl])

  // Another time chosen after a refusal: the refusal was about the time before.
  useEffect(() => setOutcome((current) => (current.state === 'notSent' ? { state: 'editing' } : current)), [booking?.startsAt])

  const showProblems = (found: FieldErrors) => {
    setOutcome({ state: 'editing' })
    setProblems((previous) => ({ errors: found, round: previous.round + 1 }))
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (sending.current) return
    const body = new FormData(event.currentTarget)
    const photos = chosenPhotos(body)
    const offered = treatments.map(({ id }) => id)
    const checked = validateLead(readForm(body), offered)
    const found: FieldErrors = checked.ok ? {} : { ...checked.errors }
    const photoProblem = checkPhotos(photos.map(({ file }) => file))
    if (photoProblem) found.photos = photoProblem
    if (!checked.ok || photoProblem) return showProblems(found)

    keepChosenPhotos(body, photos)
    const visit = rememberedVisit()
    if (visit) {
      body.set('landingPage', visit.landingPage)
      body.set('referrer', visit.referrer)
    }
    sending.current = true
    setProblems((previous) => ({ errors: {}, round: previous.round }))
    setOutcome({ state: 'sending' })
    const reply = await send(action, body, checked.value.email)
    sending.current = false
    if (reply.state === 'invalid') showProblems(reply.errors)
    else setOutcome(reply)
  }

  if (outcome.state === 'sent') {
    return <SentPanel clinicName={clinicName} email={outcome.email} reference={outcome.reference} thanksHref={thanksHref} booked={booking?.summary} />
  }
  const callPhone = (outcome.state === 'notSent' && outcome.phone) || phone

  return (
    <form
      id="lead-form"
      className={styles.form}
      method="post"
      action={action}
      encType="multipart/form-data"
      noValidate={scripted}
      onSubmit={(event) => void submit(event)}
      aria-labelledby={headingId}
    >
      {Object.keys(errors).length > 0 && <ErrorSummary errors={errors} round={problems.round} />}

      <input type="hidden" name={FORM_FIELDS.formToken} value={token} />
      {booking && (
        <>
          <input type="hidden" name={BOOKING_FORM_FIELDS.consultationType} value={booking.consultationType} />
          <input type="hidden" name={BOOKING_FORM_FIELDS.practitioner} value={booking.practitioner} />
          <input type="hidden" name={BOOKING_FORM_FIELDS.startsAt} value={booking.startsAt} />
        </>
      )}
      <div className={styles.offScreen} aria-hidden="true">
        <label htmlFor="lead-website">Leave this field empty</label>
        <input id="lead-website" type="text" name={FORM_FIELDS.honeypot} tabIndex={-1} autoComplete="off" />
      </div>

      <Question field="name" label="Your name" error={errors.name}>
        <input {...control('name', errors.name)} type="text" autoComplete="name" required maxLength={LEAD_LIMITS.name} />
      </Question>
      <Question field="email" label="E-mail address" error={errors.email}>
        <input {...control('email', errors.email)} type="email" autoComplete="email" spellCheck={false} required maxLength={LEAD_LIMITS.email} />
      </Question>
      <Question field="phone" label="Phone number" error={errors.phone}>
        <input {...control('phone', errors.phone)} type="tel" autoComplete="tel" required maxLength={LEAD_LIMITS.phone} />
      </Question>

      <fieldset className={questionClass(errors.preferredContact)} aria-describedby={errors.preferredContact && errorId('preferredContact')}>
        <legend>How should we contact you?</legend>
        <ErrorMessage field="preferredContact" message={errors.preferredContact} />
        {CONTACT_METHODS.map((method, index) => (
          <div key={method.value} className={styles.choice}>
            <input id={contactId(index, method.value)} type="radio" name={FORM_FIELDS.preferredContact} value={method.value} defaultChecked={index === 0} />
            <label htmlFor={contactId(index, method.value)}>{method.label}</label>
          </div>
        ))}
      </fieldset>

      <Question field="preferredTime" label="When suits you best?" error={errors.preferredTime}>
        <select {...control('preferredTime', errors.preferredTime)} defaultValue="any">
          {CONTACT_TIMES.map((time) => (
            <option key={time.value} value={time.value}>
              {time.label}
            </option>
          ))}
        </select>
      </Question>
      <Question field="treatment" label="Treatment you are interested in" error={errors.treatment}>
        <select {...control('treatment', errors.treatment)} defaultValue="">
          <option value="">Not sure yet</option>
          {treatments.map((treatment) => (
            <option key={treatment.id} value={treatment.id}>
              {treatment.title}
            </option>
          ))}
        </select>
      </Question>
      <StageQuestion initial={stage} error={errors.hairLossStage} />
      <Question field="concern" label="Tell us about your hair loss (optional)" error={errors.concern}>
        <textarea {...control('concern', errors.concern)} rows={5} maxLength={LEAD_LIMITS.concern} />
      </Question>
      <Question field="photos" label="Photos of your hair (optional)" error={errors.photos}>
        <input {...control('photos', errors.photos)} type="file" accept="image/jpeg,image/png,image/webp" multiple />
      </Question>
      <GuidedPhotos />

      <div className={questionClass(errors.privacyConsent)} data-question>
        <ErrorMessage field="privacyConsent" message={errors.privacyConsent} />
        <div className={styles.choice}>
          <input {...control('privacyConsent', errors.privacyConsent, Boolean(privacyNotice))} type="checkbox" required />
          <label htmlFor={fieldId('privacyConsent')}>
            <ConsentText
              sentence={consentText || `I agree that ${clinicName} may use my details to answer my consultation request, as described in the privacy notice.`}
              href={privacyHref}
            />
          </label>
        </div>
        {privacyNotice && (
          <p id={hintId('privacyConsent')} className={styles.hint}>
            {privacyNotice}
          </p>
        )}
      </div>
      <div className={questionClass(errors.marketingOptIn)} data-question>
        <ErrorMessage field="marketingOptIn" message={errors.marketingOptIn} />
        <div className={styles.choice}>
          <input {...control('marketingOptIn', errors.marketingOptIn)} type="checkbox" />
          <label htmlFor={fieldId('marketingOptIn')}>
            Send me occasional news and offers from {clinicName} by e-mail (optional). I can unsubscribe at any time.
          </label>
        </div>
      </div>

      {outcome.state === 'notSent' && (
        <div id="lead-not-sent" role="alert" className={styles.alert}>
          <h2>Your request was NOT sent</h2>
          <p>{outcome.message}</p>
          <p>
            Please call us on <a href={telHref(callPhone)}>{callPhone}</a>, or try again.
          </p>
          {outcome.offer && renderOffer?.(outcome.offer)}
        </div>
      )}

      <button type="submit" className={`button ${styles.submit}`} aria-disabled={outcome.state === 'sending' || undefined}>
        {outcome.state === 'sending' ? 'Sending…' : booking ? 'Book this consultation' : 'Request my free consultation'}
      </button>
    </form>
  )
}
