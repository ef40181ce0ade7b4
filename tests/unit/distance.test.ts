import { describe, expect, it } from 'vitest'

import { distanceKm, matchesPlaceQuery, sortByDistance } from '@/lib/sites/distance'
import { DEMO_CLINICS } from '@/seed/data/clinics'

const clinics = DEMO_CLINICS.map(({ name, slug, contact }) => ({ name, slug, ...contact }))
const at = (slug: string) => clinics.find((clinic) => clinic.slug === slug)!

describe('distances as the crow flies', () => {
  it('puts the London and Manchester clinics about 262 km apart, either way round', () => {
    expect(distanceKm(at('london'), at('manchester'))).toBeGreaterThan(257)
    expect(distanceKm(at('london'), at('manchester'))).toBeLessThan(267)
    expect(distanceKm(at('manchester'), at('london'))).toBeCloseTo(distanceKm(at('london'), at('manchester')), 9)
  })

  it('is zero from a clinic to itself', () => {
    expect(distanceKm(at('leeds'), at('leeds'))).toBe(0)
  })
})

describe('a visitor in York asking for clinics near them', () => {
  const york = { latitude: 53.959, longitude: -1.0815 }

  it('sees Leeds, then Manchester, then London, each with its distance', () => {
    const sorted = sortByDistance(clinics, york)
    expect(sorted.map(({ slug }) => slug)).toEqual(['leeds', 'manchester', 'london'])
    expect(sorted[0].kmAway).toBeGreaterThan(30)
    expect(sorted[0].kmAway).toBeLessThan(45)
    expect(sorted[0].kmAway).toBeCloseTo(distanceKm(york, at('leeds')), 9)
  })

  it('leaves the list it was given in its original order', () => {
    const original = clinics.map(({ slug }) => slug)
    sortByDistance(clinics, york)
    expect(clinics.map(({ slug }) => slug)).toEqual(original)
  })
})

describe('searching for a clinic by postcode', () => {
  const place = (postcode: string) => ({ name: 'Stipple Test', city: 'Manchester', postcode })

  it('matches an outward code only as a whole district: M1 finds M1 1AE but not M11 2AB', () => {
    expect(matchesPlaceQuery(place('M1 1AE'), 'M1')).toBe(true)
    expect(matchesPlaceQuery(place('M11 2AB'), 'M1')).toBe(false)
    expect(matchesPlaceQuery(place('M11 2AB'), 'M11')).toBe(true)
  })

  it('matches an outward code followed by the start of the inward code: LS1 4 finds LS1 4AP', () => {
    expect(matchesPlaceQuery(place('LS1 4AP'), 'LS1 4')).toBe(true)
    expect(matchesPlaceQuery(place('LS1 4AP'), 'LS1 4A')).toBe(true)
    expect(matchesPlaceQuery(place('LS1 5AB'), 'LS1 4')).toBe(false)
    expect(matchesPlaceQuery(place('LS14 4AP'), 'LS1 4')).toBe(false)
  })

  it('reads a short query without a space as a district: LS14 is not LS1 4', () => {
    expect(matchesPlaceQuery(place('LS14 6AB'), 'LS14')).toBe(true)
    expect(matchesPlaceQuery(place('LS1 4AP'), 'LS14')).toBe(false)
  })

  it('matches a full postcode whatever its case and spacing, and only that postcode', () => {
    expect(matchesPlaceQuery(place('M1 1AE'), 'm11ae')).toBe(true)
    expect(matchesPlaceQuery(place('LS1 4AP'), '  ls1   4ap ')).toBe(true)
    expect(matchesPlaceQuery(place('M1 1AE'), 'M1 1AF')).toBe(false)
  })

  it('does not match a postcode query against the town or name', () => {
    expect(matchesPlaceQuery({ name: 'Clinic M1', city: 'Manchester', postcode: 'M2 4LQ' }, 'M1')).toBe(false)
  })
})

describe('searching for a clinic by town or name', () => {
  it('finds a city ignoring case and spaces', () => {
    expect(matchesPlaceQuery(at('manchester'), 'manchester')).toBe(true)
    expect(matchesPlaceQuery(at('manchester'), ' MANCH ')).toBe(true)
    expect(matchesPlaceQuery(at('leeds'), 'manchester')).toBe(false)
  })

  it('ignores spaces and hyphens, so "stoke on trent" finds Stoke-on-Trent', () => {
    expect(matchesPlaceQuery({ name: 'Stipple Potteries', city: 'Stoke-on-Trent', postcode: 'ST1 1AA' }, 'stoke on trent')).toBe(true)
  })

  it('finds part of a clinic name', () => {
    expect(matchesPlaceQuery(at('london'), 'soho')).toBe(true)
  })

  it('lists every clinic for an empty search', () => {
    expect(clinics.every((clinic) => matchesPlaceQuery(clinic, '  '))).toBe(true)
  })
})
