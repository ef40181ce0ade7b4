'use client'

import type { MouseEvent, ReactNode } from 'react'

import type { BookingView } from '@/lib/booking/bookingSteps'
import type { StageValue } from '@/lib/prices/stages'

import styles from './BookingFlow.module.css'
import { choiceOf, STEP_HEADINGS, type StepChoice, stepHref } from './stepLinks'

type Props = {
  view: BookingView
  stepsPath: string
  /** With JavaScript: the choice is made in place; without, the links load the step page. */
  onChoose: (event: MouseEvent<HTMLAnchorElement>, choice: StepChoice, heading: string) => void
  /** The guided check's stage, which every link carries on. */
  stage?: StageValue
}

/** A step's choices: real links, the current one marked, each at least 44 px high. */
const Choice = ({ href, current, onClick, children }: { href: string; current?: boolean; onClick: (event: MouseEvent<HTMLAnchorElement>) => void; children: ReactNode }) => (
  <li>
    <a href={href} className={styles.choice} aria-current={current ? 'true' : undefined} onClick={onClick}>
      {children}
    </a>
  </li>
)

/** Consultation, practitioner, day and time, each step shown once the one before it is chosen. */
export function BookingSteps({ view, stepsPath, onChoose, stage }: Props) {
  const current = choiceOf(view)
  const link = (choice: StepChoice, heading: string) => ({
    href: stepHref(stepsPath, { ...choice, stage }, heading),
    onClick: (event: MouseEvent<HTMLAnchorElement>) => onChoose(event, choice, heading),
  })
  return (
    <>
      <h3 id={STEP_HEADINGS.type} tabIndex={-1}>
        1. Which consultation?
      </h3>
      <ul className={styles.choices}>
        {view.types.map((type) => (
          <Choice key={type.id} current={type.id === view.type} {...link({ type: type.id, practitioner: view.practitioner }, STEP_HEADINGS.day)}>
            {type.name}, {type.durationMinutes} min
          </Choice>
        ))}
      </ul>
      {view.type !== undefined && (
        <>
          <h3 id={STEP_HEADINGS.practitioner} tabIndex={-1}>
            2. Who would you like to see? <span className={styles.optional}>(optional)</span>
          </h3>
          <ul className={styles.choices}>
            <Choice current={view.practitioner === 'any'} {...link({ ...current, practitioner: 'any' }, STEP_HEADINGS.day)}>
              Anyone who is free
            </Choice>
            {view.practitioners.map((person) => (
              <Choice key={person.id} current={person.id === view.practitioner} {...link({ ...current, practitioner: person.id }, STEP_HEADINGS.day)}>
                {person.name}
              </Choice>
            ))}
          </ul>
          <h3 id={STEP_HEADINGS.day} tabIndex={-1}>
            3. Which day?
          </h3>
          {view.weeks?.map((week) => (
            <section key={week.monday} aria-labelledby={`week-${week.monday}`}>
              <h4 id={`week-${week.monday}`}>{week.label}</h4>
              <ul className={styles.choices}>
                {week.days.map((day) => (
                  <Choice key={day.date} current={day.date === view.day?.date} {...link({ ...current, day: day.date }, STEP_HEADINGS.time)}>
                    {day.label}
                    <span className={styles.count}>, {day.times === 1 ? '1 free time' : `${day.times} free times`}</span>
                  </Choice>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {view.day && (
        <>
          <h3 id={STEP_HEADINGS.time} tabIndex={-1}>
            4. Free times on {view.day.label}
          </h3>
          <ul className={`${styles.choices} ${styles.times}`}>
            {view.day.times.map((time) => (
              <Choice key={time.startsAt} current={time.startsAt === view.chosen?.startsAt} {...link({ ...current, time: time.startsAt }, STEP_HEADINGS.details)}>
                <span className={styles.visuallyHidden}>{view.day!.label}, </span>
                {time.clock}
              </Choice>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
