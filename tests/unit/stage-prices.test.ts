import { describe, expect, it } from 'vitest'

import { problemsWithStagePrices } from '@/fields/stagePrices'
import { advertisedPrices, byStage, lowestAcrossClinics, rangeOfStagePrices, type StagePrice } from '@/lib/prices/advertised'
import { advertisedRange, stagePriceLabel } from '@/lib/prices/format'
import { ALL_STAGES, scaleOfStage, STAGE_SCALES, type StageValue } from '@/lib/prices/stages'
import { DEMO_CLINICS } from '@/seed/data/clinics'

const price = (stage: StageValue, priceFrom: number, priceTo?: number, sessions = 2): StagePrice => ({ stage, priceFrom, priceTo, sessions })

/** A small deterministic generator, so a failing table can be reproduced from its seed. */
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}

describe('prices by stage of hair loss', () => {
  it('names every stage once, on exactly one scale', () => {
    const values = ALL_STAGES.map(({ value }) => value)
    expect(new Set(values).size).toBe(values.length)
    for (const [scale, { stages }] of Object.entries(STAGE_SCALES)) for (const { value } of stages) expect(scaleOfStage(value)).toBe(scale)
    expect(scaleOfStage('norwood-8')).toBeUndefined()
  })

  it('advertises "from" the lowest real price and "to" the highest', () => {
    expect(rangeOfStagePrices([price('norwood-5', 2000, 2600), price('norwood-2', 1200, 1600), price('norwood-7', 2500)])).toEqual({ from: 1200, to: 2600 })
    // A stage with one fixed figure counts as both its lowest and highest price.
    expect(rangeOfStagePrices([price('scar-small', 500), price('scar-large', 1100, 1600)])).toEqual({ from: 500, to: 1600 })
    expect(rangeOfStagePrices([])).toBeUndefined()
  })

  it('never lets a typed "from" undercut the stage prices, whatever was typed', () => {
    const next = random(7)
    const stages = STAGE_SCALES.norwood.stages.map(({ value }) => value)
    for (let table = 0; table < 500; table++) {
      const rows = stages.filter(() => next() < 0.6).map((stage) => {
        const from = 100 + Math.floor(next() * 40) * 50
        return price(stage, from, next() < 0.3 ? undefined : from + Math.floor(next() * 20) * 50)
      })
      const typed = { priceFrom: Math.floor(next() * 5_000), priceTo: Math.floor(next() * 5_000), stagePrices: rows }
      const shown = advertisedPrices(typed)
      if (rows.length === 0) {
        expect(shown).toEqual({ priceFrom: typed.priceFrom, priceTo: typed.priceTo })
        continue
      }
      // "From" is a price some client is really charged, and no real price is below it or above "to".
      expect(rows.some((row) => row.priceFrom === shown.priceFrom)).toBe(true)
      for (const row of rows) {
        expect(row.priceFrom).toBeGreaterThanOrEqual(shown.priceFrom!)
        expect(row.priceTo ?? row.priceFrom).toBeLessThanOrEqual(shown.priceTo!)
      }
    }
  })

  it('keeps the clinic\'s own from/to for a treatment priced as a whole', () => {
    expect(advertisedPrices({ priceFrom: 600, priceTo: 1500, stagePrices: [] })).toEqual({ priceFrom: 600, priceTo: 1500 })
    expect(advertisedRange({ priceFrom: 600, priceTo: 1500 }, 'GBP')).toBe('£600–£1,500')
    expect(advertisedRange({ priceFrom: 90, priceTo: 99_000, stagePrices: [price('ludwig-2', 1300, 1800)] }, 'EUR')).toBe('€1,300–€1,800')
    expect(advertisedRange({ stagePrices: [] }, 'GBP')).toBeNull()
  })

  it('lets the brand say "from" only what some clinic really charges', () => {
    expect(lowestAcrossClinics([1400, null, 1200, undefined, 1250])).toBe(1200)
    expect(lowestAcrossClinics([null, undefined])).toBeUndefined()
  })

  it('shows stages from least to most hair loss, with one figure or a range', () => {
    expect(byStage([price('norwood-6', 1), price('norwood-2', 1), price('norwood-4', 1)]).map(({ stage }) => stage)).toEqual(['norwood-2', 'norwood-4', 'norwood-6'])
    expect(stagePriceLabel(900, null, 'GBP')).toBe('£900')
    expect(stagePriceLabel(900, 900, 'USD')).toBe('US$900')
    expect(stagePriceLabel(1400, 1900, 'GBP')).toBe('£1,400–£1,900')
  })

  it('tells an owner what is wrong with a stage price table', () => {
    expect(problemsWithStagePrices([price('norwood-2', 1200, 1600), price('norwood-3', 1400)], 'norwood')).toEqual([])
    expect(problemsWithStagePrices([price('ludwig-1', 1000)], 'norwood')).toEqual([
      'Stage price 1: this treatment is priced on the Pattern hair loss (Norwood scale) scale; choose one of its stages.',
    ])
    expect(problemsWithStagePrices([price('norwood-2', 1200), price('norwood-2', 1300)], 'norwood')).toEqual(['Stage price 2: this stage is already priced.'])
    expect(problemsWithStagePrices([price('scar-small', 900, 500)], 'scar')).toEqual(['Stage price 1: "price from" must not be higher than "price to".'])
    expect(problemsWithStagePrices([price('scar-small', 900)], undefined)[0]).toMatch(/not priced by stage/)
  })

  it('seeds every demo clinic with stage prices for each treatment priced by stage', () => {
    for (const clinic of DEMO_CLINICS) {
      for (const [slug, [from, to]] of Object.entries(clinic.prices)) {
        const stages = clinic.stagePrices[slug]
        if (slug === 'correction-of-earlier-smp') {
          expect(stages).toBeUndefined()
          continue
        }
        expect(stages!.length).toBeGreaterThanOrEqual(3)
        expect(rangeOfStagePrices(stages!)).toEqual({ from, to })
        for (const row of stages!) expect(row.priceFrom % 50).toBe(0)
      }
    }
  })
})
