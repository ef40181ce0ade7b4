import type { ArrayField, Validate } from 'payload'

import { scaleOfStage, STAGE_OPTIONS, STAGE_SCALES, type StageScale } from '@/lib/prices/stages'

type Row = { stage?: string | null; priceFrom?: number | null; priceTo?: number | null }

/** What is wrong with a stage price table, as messages an owner understands; empty when fine. */
export const problemsWithStagePrices = (rows: readonly Row[] | null | undefined, scale: StageScale | null | undefined): string[] => {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const [index, row] of (rows ?? []).entries()) {
    const label = `Stage price ${index + 1}`
    if (!row.stage) continue
    if (seen.has(row.stage)) problems.push(`${label}: this stage is already priced.`)
    seen.add(row.stage)
    if (!scale) problems.push(`${label}: this treatment is not priced by stage (the brand has not chosen a scale for it).`)
    else if (scaleOfStage(row.stage) !== scale) problems.push(`${label}: this treatment is priced on the ${STAGE_SCALES[scale].label} scale; choose one of its stages.`)
    if (row.priceFrom != null && row.priceTo != null && row.priceFrom > row.priceTo) problems.push(`${label}: "price from" must not be higher than "price to".`)
  }
  return problems
}

/**
 * A price table by hair-loss stage: the brand's proposal on a treatment, a clinic's own prices on
 * its offer. `scaleOf` finds the scale the rows must be on (the treatment's).
 */
export const stagePricesField = ({ name, description, scaleOf }: { name: string; description: string; scaleOf: (context: Parameters<Validate>[1]) => Promise<StageScale | null | undefined> }): ArrayField => ({
  name,
  type: 'array',
  labels: { singular: 'Stage price', plural: 'Stage prices' },
  admin: { description, initCollapsed: true },
  validate: async (rows, context) => {
    const problems = problemsWithStagePrices(rows as Row[] | undefined, await scaleOf(context))
    return problems.length === 0 ? true : problems.join(' ')
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'stage', type: 'select', required: true, options: STAGE_OPTIONS },
        { name: 'priceFrom', type: 'number', required: true, min: 0, admin: { step: 10 } },
        { name: 'priceTo', type: 'number', min: 0, admin: { step: 10, description: 'Leave empty for one fixed price.' } },
        { name: 'sessions', label: 'Typical sessions', type: 'number', required: true, min: 1, max: 10 },
      ],
    },
  ],
})
