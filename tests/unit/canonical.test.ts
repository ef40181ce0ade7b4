import { describe, expect, it } from 'vitest'

import { canonicalUrl, clinicOrigin } from '@/lib/seo/canonical'
import { DEMO_CLINICS } from '@/seed/data/clinics'

const london = DEMO_CLINICS.find((clinic) => clinic.slug === 'london')!
// The seed lists the local hostname first, then the public one.
const seeded = { hostnames: [{ hostname: `${london.slug}.localhost` }, { hostname: `${london.slug}.stipple.example` }] }

describe("a clinic's public origin", () => {
  it('in local development, is its first hostname on the dev server’s protocol and port', () => {
    expect(clinicOrigin(seeded, 'http://localhost:3000')).toBe('http://london.localhost:3000')
  })

  it('in production, uses https and no port', () => {
    expect(clinicOrigin({ hostnames: [{ hostname: 'london.stipple.example' }] }, 'https://cms.stipple.example')).toBe('https://london.stipple.example')
    expect(clinicOrigin({ hostnames: [{ hostname: 'london.stipple.example' }] }, 'https://cms.stipple.example:443/')).toBe('https://london.stipple.example')
  })

  it('is lower-case and never carries a port written into the hostname', () => {
    expect(clinicOrigin({ hostnames: [{ hostname: ' London.Stipple.Example:8080 ' }] }, 'https://cms.stipple.example')).toBe('https://london.stipple.example')
  })

  it('does not exist for a clinic reached only through /clinics/<slug>', () => {
    expect(clinicOrigin({ hostnames: [] }, 'http://localhost:3000')).toBeNull()
    expect(clinicOrigin({ hostnames: null }, 'http://localhost:3000')).toBeNull()
    expect(clinicOrigin({}, 'http://localhost:3000')).toBeNull()
  })
})

describe('canonical addresses', () => {
  const origin = 'https://london.stipple.example'

  it.each([
    ['/', 'https://london.stipple.example/'],
    ['', 'https://london.stipple.example/'],
    ['treatments', 'https://london.stipple.example/treatments'],
    ['/treatments/', 'https://london.stipple.example/treatments'],
    ['/treatments/scar-camouflage?utm_source=mail#prices', 'https://london.stipple.example/treatments/scar-camouflage'],
    ['/?preview=true', 'https://london.stipple.example/'],
    ['/results//scar//', 'https://london.stipple.example/results/scar'],
    ['//evil.example/page', 'https://london.stipple.example/evil.example/page'],
  ])('turns %j into %s', (path, expected) => {
    expect(canonicalUrl(origin, path)).toBe(expected)
  })

  it('accepts an origin written with a trailing slash', () => {
    expect(canonicalUrl(`${origin}/`, '/faq')).toBe(`${origin}/faq`)
  })
})
