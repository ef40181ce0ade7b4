import { describe, expect, it } from 'vitest'

import { type CheckData, type CheckResult, isSkinType, isStage, outcomeFor } from '@/lib/check/outcome'
import { DEMO_CLINICS } from '@/seed/data/clinics'

const london = DEMO_CLINICS.find((clinic) => clinic.slug === 'london')!

const result = (slug: string, scale: CheckResult['scale'], norwoodStage: string | null, fitzpatrickType: string | null): CheckResult => ({
  slug,
  title: slug,
  href: `/results/${slug}`,
  treatmentTitle: 'SMP',
  scale,
  norwoodStage,
  fitzpatrickType,
  sessions: 3,
  image: { src: '/x.jpg', alt: '', width: 4, height: 3, unoptimized: false },
})

const DATA: CheckData = {
  currency: 'GBP',
  treatments: [
    { slug: 'smp-for-pattern-baldness', title: 'SMP for pattern baldness', scale: 'norwood', stagePrices: london.stagePrices['smp-for-pattern-baldness']! },
    { slug: 'scar-camouflage', title: 'Scar camouflage', scale: 'scar', stagePrices: london.stagePrices['scar-camouflage']! },
  ],
  results: [result('n5-type2', 'norwood', '5', '2'), result('n5-type4', 'norwood', '5', '4'), result('n3-type3', 'norwood', '3', '3'), result('strip', 'scar', '3', '3')],
}

describe('the guided hair-loss check', () => {
  it('answers with the clinic’s own price and sessions for the chosen stage', () => {
    const outcome = outcomeFor(DATA, 'norwood-5')
    const own = london.stagePrices['smp-for-pattern-baldness']!.find((price) => price.stage === 'norwood-5')!
    expect(outcome.stage.label).toBe('Norwood 5')
    expect(outcome.prices).toEqual([{ ...own, treatment: { slug: 'smp-for-pattern-baldness', title: 'SMP for pattern baldness' } }])
  })

  it('shows results of the same stage and skin type, else the same stage on other skin', () => {
    expect(outcomeFor(DATA, 'norwood-5', '4')).toMatchObject({ resultsMatch: 'stageAndSkin', results: [{ slug: 'n5-type4' }] })
    const otherSkin = outcomeFor(DATA, 'norwood-5', '6')
    expect(otherSkin.resultsMatch).toBe('stage')
    expect(otherSkin.results.map(({ slug }) => slug)).toEqual(['n5-type2', 'n5-type4'])
    expect(outcomeFor(DATA, 'norwood-5').results).toHaveLength(2)
  })

  it('never shows another stage’s results, nor a scar result for pattern baldness', () => {
    const outcome = outcomeFor(DATA, 'norwood-3', '3')
    expect(outcome.results.map(({ slug }) => slug)).toEqual(['n3-type3'])
    expect(outcomeFor(DATA, 'norwood-7')).toMatchObject({ resultsMatch: 'none', results: [] })
  })

  it('matches results on scales case studies do not record by their treatment', () => {
    expect(outcomeFor(DATA, 'scar-large').results.map(({ slug }) => slug)).toEqual(['strip'])
  })

  it('has no price for a stage the clinic has not priced, rather than a made-up one', () => {
    const outcome = outcomeFor(DATA, 'norwood-1')
    expect(outcome.prices).toEqual([])
    expect(outcomeFor(DATA, 'ludwig-2').prices).toEqual([])
  })

  it('knows its own answers from anything else in an address', () => {
    for (const value of ['norwood-4', 'ludwig-3', 'scar-small', 'alopecia-total']) expect(isStage(value)).toBe(true)
    for (const value of ['norwood-8', 'Norwood-4', '', null, '../etc', 'norwood-4 ']) expect(isStage(value)).toBe(false)
    expect(['1', '6'].every(isSkinType)).toBe(true)
    expect(['0', '7', 'III', ''].some(isSkinType)).toBe(false)
  })
})
