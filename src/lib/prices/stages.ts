/*
 * The hair-loss scales a clinic prices by. Each treatment is priced on one scale (the brand picks
 * it), so a visitor who knows "I'm about a Norwood 4" or "my strip scar is 20 cm" finds one row.
 * Values are unique across scales, so a stored stage names its scale too.
 */

import type { Treatment } from '@/payload-types'

export type StageScale = 'norwood' | 'ludwig' | 'scar' | 'alopecia'

/** A stage as stored (the select's values below, as Payload's generated types spell them). */
export type StageValue = NonNullable<Treatment['stagePriceProposals']>[number]['stage']

export type Stage = { value: StageValue; label: string; description: string }

export const STAGE_SCALES: Record<StageScale, { label: string; stages: Stage[] }> = {
  norwood: {
    label: 'Pattern hair loss (Norwood scale)',
    stages: [
      { value: 'norwood-1', label: 'Norwood 1', description: 'No real recession; the hairline of your late teens.' },
      { value: 'norwood-2', label: 'Norwood 2', description: 'Slight recession at the temples.' },
      { value: 'norwood-3', label: 'Norwood 3', description: 'Deep recession at the temples, or a thinning crown.' },
      { value: 'norwood-4', label: 'Norwood 4', description: 'A receding front and a bald patch at the crown, with a band of hair between.' },
      { value: 'norwood-5', label: 'Norwood 5', description: 'The band between front and crown is thin and narrow.' },
      { value: 'norwood-6', label: 'Norwood 6', description: 'Front and crown have joined; hair remains at the sides and back.' },
      { value: 'norwood-7', label: 'Norwood 7', description: 'Only a narrow horseshoe of hair at the sides and back.' },
    ],
  },
  ludwig: {
    label: 'Thinning on top (Ludwig scale)',
    stages: [
      { value: 'ludwig-1', label: 'Ludwig I', description: 'A widening parting; the scalp shows a little on top.' },
      { value: 'ludwig-2', label: 'Ludwig II', description: 'Clearly thinner on top; the scalp shows through over a wide area.' },
      { value: 'ludwig-3', label: 'Ludwig III', description: 'Very thin on top, the scalp easily seen; the hairline itself often kept.' },
    ],
  },
  scar: {
    label: 'Scars (by size)',
    stages: [
      { value: 'scar-small', label: 'Small scar', description: 'FUE dots over a small area, or a scar up to 5 cm.' },
      { value: 'scar-medium', label: 'Medium scar', description: 'FUE dots over the back of the head, or a scar of 5–15 cm.' },
      { value: 'scar-large', label: 'Large scar', description: 'A full strip (FUT) scar from ear to ear, or several scars.' },
    ],
  },
  alopecia: {
    label: 'Alopecia (by extent)',
    stages: [
      { value: 'alopecia-patchy', label: 'A few patches', description: 'One or a few round patches (alopecia areata).' },
      { value: 'alopecia-extensive', label: 'Much of the scalp', description: 'Patches that have joined over much of the scalp.' },
      { value: 'alopecia-total', label: 'The whole scalp', description: 'No hair left on the scalp (alopecia totalis).' },
    ],
  },
}

export const STAGE_SCALE_OPTIONS = Object.entries(STAGE_SCALES).map(([value, { label }]) => ({ value: value as StageScale, label }))

export const ALL_STAGES: Stage[] = Object.values(STAGE_SCALES).flatMap(({ stages }) => stages)

export const STAGE_OPTIONS = ALL_STAGES.map(({ value, label }) => ({ value, label }))

/** The scale a stage value belongs to, or undefined for a value that is none of ours. */
export const scaleOfStage = (stage: string): StageScale | undefined =>
  (Object.keys(STAGE_SCALES) as StageScale[]).find((scale) => STAGE_SCALES[scale].stages.some(({ value }) => value === stage))

/** A stage's place on its scale, so price tables read from least to most hair loss. */
export const stageOrder = (stage: string): number => ALL_STAGES.findIndex(({ value }) => value === stage)

export const stageLabel = (stage: string): string => ALL_STAGES.find(({ value }) => value === stage)?.label ?? stage

/** A stage from an address (`?stage=`): one of ours, or undefined for anything else, which is ignored without a word. */
export const knownStage = (value: string | null | undefined): StageValue | undefined => ALL_STAGES.find((stage) => stage.value === value)?.value
