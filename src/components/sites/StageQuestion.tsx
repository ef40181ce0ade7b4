'use client'

import { useEffect, useState } from 'react'

import { knownStage, STAGE_SCALES, type StageValue } from '@/lib/prices/stages'

import { control, Question } from './leadFormParts'

/**
 * The visitor's hair-loss stage, filled in from the guided check (`?stage=` on the address) and
 * changeable here. The cached booking page cannot know the address's query when it is rendered,
 * so the browser reads it; a step page rendered per request passes it in (`initial`).
 */
export function StageQuestion({ initial, error }: { initial?: StageValue; error?: string }) {
  const [stage, setStage] = useState<string>(initial ?? '')

  useEffect(() => {
    if (initial) return
    const fromAddress = knownStage(new URLSearchParams(window.location.search).get('stage'))
    if (fromAddress) setStage(fromAddress)
  }, [initial])

  return (
    <Question field="hairLossStage" label="Hair loss (stage)" error={error}>
      <select {...control('hairLossStage', error)} value={stage} onChange={(event) => setStage(event.currentTarget.value)}>
        <option value="">Not sure</option>
        {Object.entries(STAGE_SCALES).map(([scale, { label, stages }]) => (
          <optgroup key={scale} label={label}>
            {stages.map(({ value, label: name, description }) => (
              <option key={value} value={value}>
                {name} — {description}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Question>
  )
}
