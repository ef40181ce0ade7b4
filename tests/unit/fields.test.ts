import { describe, expect, it } from 'vitest'

import { brandingField } from '@/fields/branding'
import { problemsWithOpeningHours } from '@/fields/openingHours'
import { slugify } from '@/fields/slug'
import { contrastRatio } from '@/lib/contrast'

type Validate = (value: unknown, options: { siblingData: Record<string, unknown> }) => true | string

/** The validate function of one colour field of the clinic branding group. */
const colourRule = (name: string): Validate => {
  const rows = brandingField().fields.filter((f) => f.type === 'row') as { fields: { name?: string; validate?: Validate }[] }[]
  const field = rows.flatMap((row) => row.fields).find((f) => f.name === name)
  if (!field?.validate) throw new Error(`no validate on ${name}`)
  return field.validate
}

describe('WCAG contrast', () => {
  it('matches the reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('refuses body text that fails AA on the background, naming the ratio', () => {
    const rule = colourRule('textColour')
    expect(rule('#1d232b', { siblingData: { backgroundColour: '#ffffff' } })).toBe(true)
    const refusal = rule('#999999', { siblingData: { backgroundColour: '#ffffff' } })
    expect(refusal).toMatch(/Text colour on the background colour has a contrast of 2\.85:1; WCAG AA needs at least 4\.5:1/)
  })

  it('refuses button text that fails AA on the primary colour', () => {
    expect(colourRule('onPrimaryColour')('#ffffff', { siblingData: { primaryColour: '#ffd400' } })).toMatch(/WCAG AA/)
    expect(colourRule('onPrimaryColour')('#ffffff', { siblingData: { primaryColour: '#1f3a5f' } })).toBe(true)
  })

  it('refuses something that is not a hex colour', () => {
    expect(colourRule('primaryColour')('navy', { siblingData: { backgroundColour: '#ffffff' } })).toMatch(/hex colour/)
  })
})

describe('opening hours', () => {
  it('accepts a normal week', () => {
    expect(problemsWithOpeningHours([{ days: ['mon', 'tue'], opens: '09:00', closes: '17:30' }])).toEqual([])
  })
  it('explains each problem', () => {
    const problems = problemsWithOpeningHours([
      { days: ['mon'], opens: '18:00', closes: '09:00' },
      { days: ['mon'], opens: '9am', closes: '17:00' },
    ])
    expect(problems).toEqual(['Row 1: closing time must be after opening time.', 'Row 2: opening time must look like 09:00.'])
  })
  it('accepts a day split by a lunch break', () => {
    expect(
      problemsWithOpeningHours([
        { days: ['mon', 'tue'], opens: '09:00', closes: '12:30' },
        { days: ['mon'], opens: '13:30', closes: '18:00' },
      ]),
    ).toEqual([])
  })
  it('refuses hours that overlap on the same day', () => {
    expect(
      problemsWithOpeningHours([
        { days: ['sat'], opens: '09:00', closes: '13:00' },
        { days: ['fri', 'sat'], opens: '12:00', closes: '16:00' },
      ]),
    ).toEqual(['Row 2: sat overlaps hours already given for that day.'])
  })
})

describe('slugs', () => {
  it('are lower-case words joined by hyphens', () => {
    expect(slugify('  Scar Camouflage — FUE & FUT!  ')).toBe('scar-camouflage-fue-fut')
    expect(slugify('Crème brûlée')).toBe('creme-brulee')
  })
})
