import { byStage, type StagePrice } from '@/lib/prices/advertised'
import { ALL_STAGES, scaleOfStage, type Stage, type StageScale, type StageValue } from '@/lib/prices/stages'
import type { Currency } from '@/lib/locale/countries'

/*
 * The guided check's answer, worked out from what the clinic's pages already show: its own stage
 * prices and its published results. Nothing here is stored or sent: the same function answers in the
 * browser (instantly) and on the server (for a visitor without JavaScript or a shared link).
 */

/** A treatment the clinic offers and prices by stage, as the check needs it. */
export type CheckTreatment = { slug: string; title: string; scale: StageScale; stagePrices: StagePrice[] }

/** A published result, with what it can be matched on. */
export type CheckResult = {
  slug: string
  title: string
  href: string
  treatmentTitle: string
  scale: StageScale | null
  /** Norwood results only: the client's stage, as case studies record it ('1'–'7'). */
  norwoodStage: string | null
  fitzpatrickType: string | null
  sessions: number
  image: { src: string; alt: string; width: number; height: number; unoptimized: boolean }
}

export type CheckData = { currency: Currency; treatments: CheckTreatment[]; results: CheckResult[] }

export const SKIN_TYPES = ['1', '2', '3', '4', '5', '6'] as const
export type SkinType = (typeof SKIN_TYPES)[number]

export const isStage = (value: unknown): value is StageValue => typeof value === 'string' && ALL_STAGES.some((stage) => stage.value === value)
export const isSkinType = (value: unknown): value is SkinType => typeof value === 'string' && (SKIN_TYPES as readonly string[]).includes(value)

/** How closely the results shown match the visitor: both answers, the stage only, or no result yet. */
export type ResultsMatch = 'stageAndSkin' | 'stage' | 'none'

export type CheckOutcome = {
  stage: Stage
  /** This clinic's price and sessions for the stage, per treatment priced on its scale. */
  prices: (StagePrice & { treatment: { slug: string; title: string } })[]
  results: CheckResult[]
  resultsMatch: ResultsMatch
}

const sameStage = (result: CheckResult, stage: StageValue, scale: StageScale) => {
  if (result.scale !== scale) return false
  // Case studies record the Norwood stage only; on other scales the treatment is what matches.
  return scale !== 'norwood' || result.norwoodStage === stage.replace('norwood-', '')
}

export const outcomeFor = (data: CheckData, stage: StageValue, skin?: SkinType): CheckOutcome => {
  const scale = scaleOfStage(stage)!
  const prices = data.treatments
    .filter((treatment) => treatment.scale === scale)
    .flatMap((treatment) => byStage(treatment.stagePrices).filter((price) => price.stage === stage).map((price) => ({ ...price, treatment: { slug: treatment.slug, title: treatment.title } })))
  const ofStage = data.results.filter((result) => sameStage(result, stage, scale))
  const ofSkin = skin ? ofStage.filter((result) => result.fitzpatrickType === skin) : []
  const [results, resultsMatch]: [CheckResult[], ResultsMatch] =
    ofSkin.length > 0 ? [ofSkin, 'stageAndSkin'] : ofStage.length > 0 ? [ofStage, 'stage'] : [[], 'none']
  return { stage: ALL_STAGES.find(({ value }) => value === stage)!, prices, results, resultsMatch }
}
