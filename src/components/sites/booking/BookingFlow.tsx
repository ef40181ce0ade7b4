'use client'

import { type MouseEvent, useEffect, useRef, useState } from 'react'

import type { BookingView } from '@/lib/booking/bookingSteps'
import type { StageValue } from '@/lib/prices/stages'

import { LeadForm, type LeadFormProps } from '../LeadForm'
import type { OfferedTime } from '../leadFormRequest'
import styles from './BookingFlow.module.css'
import { BookingSteps } from './BookingSteps'
import { FormNeedingScript } from './FormNeedingScript'
import { choiceOf, STEP_HEADINGS, type StepChoice, stepHref, stepQuery } from './stepLinks'

type Props = {
  initial: BookingView
  /** The step page, for links that work without JavaScript. */
  stepsPath: string
  /** The same steps as JSON, read per request (never from a cached page). */
  freeTimesPath: string
  form: LeadFormProps
  /** On the cached page: where the form is, rendered per request, for browsers without JavaScript. */
  freshFormHref?: string
  /** The guided check's stage on a step page (the cached page's form reads it from the address). */
  stage?: StageValue
}

const NOT_READ = 'We could not read the free times just now. Please try again, or ask us to call you.'

// Opening a link in a new tab or window is the visitor's choice, not a step to take here.
const leavesPage = (event: MouseEvent<HTMLAnchorElement>) => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey

/**
 * The booking steps and the consultation form. Without JavaScript each choice is a link to the
 * step page; with it, the same choice reads the free times as JSON and the page changes in place,
 * focus moving to the heading of what changed, so a screen reader says where the visitor now is
 * and the chosen time is read out by its heading. The form keeps what was typed throughout.
 */
export function BookingFlow({ initial, stepsPath, freeTimesPath, form, freshFormHref, stage }: Props) {
  const [view, setView] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState(initial.problem)
  // A new object each time, so moving focus to the same heading again still happens.
  const [focusOn, setFocusOn] = useState<{ id: string }>()
  const [callInstead, setCallInstead] = useState(false)
  const reading = useRef<AbortController>(undefined)

  useEffect(() => {
    if (focusOn) document.getElementById(focusOn.id)?.focus()
  }, [focusOn])

  const choose = async (choice: StepChoice, heading: string) => {
    reading.current?.abort()
    const controller = new AbortController()
    reading.current = controller
    setBusy(true)
    try {
      const response = await fetch(`${freeTimesPath}?${stepQuery(choice)}`, { cache: 'no-store', headers: { Accept: 'application/json' }, signal: controller.signal })
      if (!response.ok) throw new Error(String(response.status))
      const next = (await response.json()) as BookingView
      setView(next)
      setProblem(next.problem)
      setCallInstead(false)
      // What could not be used comes first; otherwise the heading of what changed (the chosen time's names it).
      setFocusOn({ id: next.problem ? 'booking-problem' : next.chosen ? STEP_HEADINGS.details : heading })
    } catch {
      if (controller.signal.aborted) return
      setProblem(NOT_READ)
      setFocusOn({ id: 'booking-problem' })
    } finally {
      if (reading.current === controller) setBusy(false)
    }
  }

  const onChoose = (event: MouseEvent<HTMLAnchorElement>, choice: StepChoice, heading: string) => {
    if (leavesPage(event)) return
    event.preventDefault()
    void choose(choice, heading)
  }

  const chosen = callInstead ? undefined : view.chosen
  // Links that leave this page without JavaScript keep the stage, so the form there still has it.
  const stepLink = (choice: StepChoice, heading: string) => stepHref(stepsPath, { ...choice, stage }, heading)
  const renderOffer = (offer: OfferedTime[]) => (
    <>
      <p>Choose one of the nearest free times instead; what you typed stays as it is:</p>
      <ul className={styles.choices}>
        {offer.map((time) => {
          const choice = { ...choiceOf(view), day: undefined, time: time.startsAt }
          return (
            <li key={time.startsAt}>
              <a className={styles.choice} href={stepLink(choice, STEP_HEADINGS.details)} onClick={(event) => onChoose(event, choice, STEP_HEADINGS.details)}>
                {time.label}
              </a>
            </li>
          )
        })}
      </ul>
    </>
  )

  return (
    <>
      <section aria-labelledby="booking-steps" aria-busy={busy || undefined} className={styles.steps}>
        <h2 id="booking-steps">Choose a time</h2>
        {problem && (
          <p id="booking-problem" className={styles.problem} tabIndex={-1}>
            {problem}
          </p>
        )}
        <BookingSteps view={view} stepsPath={stepsPath} onChoose={onChoose} stage={stage} />
      </section>
      <section aria-labelledby={STEP_HEADINGS.details}>
        {chosen ? (
          <>
            <h2 id={STEP_HEADINGS.details} tabIndex={-1} className={styles.chosen}>
              Your consultation: {chosen.summary}
            </h2>
            <p>
              <a href={stepLink(choiceOf(view), STEP_HEADINGS.time)} onClick={(event) => onChoose(event, choiceOf(view), STEP_HEADINGS.time)}>
                Change the time
              </a>
            </p>
            <p>Your details, to book it:</p>
          </>
        ) : (
          <>
            <h2 id={STEP_HEADINGS.details} tabIndex={-1}>
              None of these times suit you?
            </h2>
            <p>Leave your details and {form.clinicName} will contact you to find a time that does.</p>
          </>
        )}
        {chosen && (
          <p>
            <a
              href={stepLink(choiceOf(view), STEP_HEADINGS.details)}
              onClick={(event) => {
                if (leavesPage(event)) return
                event.preventDefault()
                setCallInstead(true)
                setFocusOn({ id: STEP_HEADINGS.details })
              }}
            >
              None of these times suit me: ask us to call instead
            </a>
          </p>
        )}
        <FormNeedingScript freshHref={freshFormHref}>
          <LeadForm {...form} headingId={STEP_HEADINGS.details} booking={chosen} renderOffer={renderOffer} stage={stage} />
        </FormNeedingScript>
      </section>
    </>
  )
}
