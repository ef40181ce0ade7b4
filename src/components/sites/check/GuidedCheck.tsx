'use client'

import { type FormEvent, useState } from 'react'

import { type CheckData, isSkinType, isStage, outcomeFor, SKIN_TYPES, type SkinType } from '@/lib/check/outcome'
import { stagePriceLabel } from '@/lib/prices/format'
import { STAGE_SCALES, type StageScale, type StageValue } from '@/lib/prices/stages'
import { siteRoutes } from '@/lib/sites/routes'

import { CheckOutcomePanel } from './CheckOutcomePanel'
import styles from './GuidedCheck.module.css'
import { StagePicture } from './StagePicture'

// Fitzpatrick types I–VI as swatches: a visitor recognises their skin faster than a number.
const SKIN_SWATCHES: Record<SkinType, string> = { '1': '#f6e0d2', '2': '#eccbb4', '3': '#d9a882', '4': '#b67f57', '5': '#86583a', '6': '#4b3123' }
const SKIN_NAMES: Record<SkinType, string> = {
  '1': 'Type I — very fair, always burns',
  '2': 'Type II — fair, usually burns',
  '3': 'Type III — medium, sometimes burns',
  '4': 'Type IV — olive, rarely burns',
  '5': 'Type V — brown, very rarely burns',
  '6': 'Type VI — dark brown to black, never burns',
}

type Props = {
  data: CheckData
  clinicName: string
  phone: string
  /** Where the site's paths start ('' on its own host, `/clinics/<slug>` on the fallback path). */
  base: string
}

/**
 * The guided check: the picture closest to your hair loss (and, if you like, your skin type), then
 * this clinic's price, sessions and matching results. Without JavaScript it is a plain GET form
 * answered by the server; with it, the answer appears as soon as a picture is chosen. Nothing is
 * sent anywhere until the visitor books.
 */
export function GuidedCheck({ data, clinicName, phone, base }: Props) {
  const [stage, setStage] = useState<StageValue>()
  const [skin, setSkin] = useState<SkinType>()
  const scales = [...new Set(data.treatments.map((treatment) => treatment.scale))] as StageScale[]
  const outcome = stage ? outcomeFor(data, stage, skin) : undefined

  const answer = (nextStage: StageValue | undefined, nextSkin: SkinType | undefined) => {
    setStage(nextStage)
    setSkin(nextSkin)
    // The answer has an address of its own, to come back to or share; each change is not a new page for Back.
    if (nextStage) window.history.replaceState(null, '', `${base}${siteRoutes.checkOutcome(nextStage, nextSkin)}`)
  }

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const form = new FormData(event.currentTarget)
    const chosenStage = form.get('stage')
    const chosenSkin = form.get('skin')
    answer(isStage(chosenStage) ? chosenStage : undefined, isSkinType(chosenSkin) ? chosenSkin : undefined)
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!outcome) return
    event.preventDefault()
    document.getElementById('check-outcome')?.focus()
  }

  const summary = outcome
    ? outcome.prices.length > 0
      ? `${outcome.stage.label}: ${outcome.prices.map((price) => `${price.treatment.title} ${stagePriceLabel(price.priceFrom, price.priceTo, data.currency)}, usually ${price.sessions} sessions`).join('; ')}.`
      : `${outcome.stage.label}: priced at your free consultation.`
    : ''

  return (
    <>
      <form method="get" action={`${base}${siteRoutes.checkAnswer}`} id="check-question" className={styles.question} onChange={onChange} onSubmit={onSubmit}>
        <fieldset className={styles.scale}>
          <legend>Your skin type (optional, to show results on skin like yours)</legend>
          <div className={styles.skins}>
            <label>
              <input type="radio" name="skin" value="" defaultChecked /> Rather not say
            </label>
            {SKIN_TYPES.map((type) => (
              <label key={type}>
                <input type="radio" name="skin" value={type} />
                <span className={styles.swatch} style={{ background: SKIN_SWATCHES[type] }} aria-hidden="true" />
                {SKIN_NAMES[type]}
              </label>
            ))}
          </div>
        </fieldset>
        {scales.map((scale) => (
          <fieldset key={scale} className={styles.scale}>
            <legend>{STAGE_SCALES[scale].label}</legend>
            <ul className={styles.choices}>
              {STAGE_SCALES[scale].stages.map((choice, index) => (
                <li key={choice.value} className={styles.choice}>
                  <input type="radio" name="stage" id={`check-${choice.value}`} value={choice.value} required={index === 0 && scale === scales[0]} />
                  <label htmlFor={`check-${choice.value}`}>
                    <StagePicture stage={choice.value} />
                    <strong>{choice.label}</strong>
                    <small>{choice.description}</small>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
        <p>
          <button type="submit" className="button">
            Show my price and results
          </button>
        </p>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {summary}
      </p>
      {outcome && (
        <CheckOutcomePanel
          outcome={outcome}
          currency={data.currency}
          skin={skin}
          clinicName={clinicName}
          phone={phone}
          bookHref={`${base}${siteRoutes.book}?stage=${outcome.stage.value}`}
          changeHref="#check-question"
          headingId="check-outcome"
          heading="h2"
        />
      )}
    </>
  )
}
