import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

// Relative rather than '@/…' so the file also runs without the project's vitest config.
import { FITZPATRICK_TONES, SCALP_HEAD, renderClinicLogo, renderHeroImage, renderPortrait, renderScalpPair } from '../../src/seed/images'

const brand = { primary: '#1f3a5f', accent: '#b5651d' }

/**
 * Mean grey level and spread of a square around the crown of the head. Computed from the raw
 * pixels because sharp's stats() describes the input image and ignores a preceding extract().
 */
const crownStats = async (image: Buffer) => {
  const side = 100
  const grey = await sharp(image)
    .extract({ left: SCALP_HEAD.cx - side / 2, top: Math.round(SCALP_HEAD.cy + SCALP_HEAD.crownV * SCALP_HEAD.ry - side / 2), width: side, height: side })
    .greyscale()
    .raw()
    .toBuffer()
  const mean = grey.reduce((sum, v) => sum + v, 0) / grey.length
  return { mean, stdev: Math.sqrt(grey.reduce((sum, v) => sum + (v - mean) ** 2, 0) / grey.length) }
}

const meanAbsoluteDifference = async (a: Buffer, b: Buffer) => {
  const [pa, pb] = await Promise.all([sharp(a).raw().toBuffer(), sharp(b).raw().toBuffer()])
  expect(pa.length).toBe(pb.length)
  let sum = 0
  for (let i = 0; i < pa.length; i++) sum += Math.abs(pa[i]! - pb[i]!)
  return sum / pa.length
}

describe('FITZPATRICK_TONES', () => {
  it('has a hex colour for each type 1–6, lightest first', () => {
    expect(Object.keys(FITZPATRICK_TONES).map(Number)).toEqual([1, 2, 3, 4, 5, 6])
    for (const colour of Object.values(FITZPATRICK_TONES)) expect(colour).toMatch(/^#[0-9a-f]{6}$/)
    const lightness = (hex: string) => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) + parseInt(hex.slice(5, 7), 16)
    expect(lightness(FITZPATRICK_TONES[1])).toBeGreaterThan(lightness(FITZPATRICK_TONES[6]))
  })
})

describe('renderClinicLogo', () => {
  it('renders a 512×512 PNG', async () => {
    const meta = await sharp(await renderClinicLogo({ name: 'Stipple London', initials: 'SL', ...brand })).metadata()
    expect(meta).toMatchObject({ format: 'png', width: 512, height: 512 })
  })

  it('survives markup, entities and control characters in the name and initials', async () => {
    const logo = await renderClinicLogo({ name: '<script>&"\'</script>\u0000 ]]>', initials: '<&"', ...brand })
    expect(await sharp(logo).metadata()).toMatchObject({ format: 'png', width: 512, height: 512 })
    // The text was drawn, not silently dropped: the logo differs from one with harmless text.
    const plain = await renderClinicLogo({ name: 'Plain', initials: 'PL', ...brand })
    expect(await meanAbsoluteDifference(logo, plain)).toBeGreaterThan(0.5)
  })

  it('refuses a colour that is not #rrggbb rather than writing it into the SVG', async () => {
    await expect(renderClinicLogo({ name: 'X', initials: 'X', primary: 'red" onload="x', accent: '#000000' })).rejects.toThrow(/#rrggbb/)
  })
})

describe('renderHeroImage', () => {
  it('renders a deterministic 1600×900 JPEG per seed', async () => {
    const [a, b, c] = await Promise.all([renderHeroImage({ seed: 1, ...brand }), renderHeroImage({ seed: 1, ...brand }), renderHeroImage({ seed: 2, ...brand })])
    expect(await sharp(a).metadata()).toMatchObject({ format: 'jpeg', width: 1600, height: 900 })
    expect(a.equals(b)).toBe(true)
    expect(a.equals(c)).toBe(false)
  })
})

describe('renderScalpPair', () => {
  const params = { seed: 11, norwoodStage: 5, skinTone: 2 }

  it('renders before and after as 1200×900 JPEGs with the same framing but different pixels', async () => {
    const { before, after } = await renderScalpPair(params)
    const [mb, ma] = await Promise.all([sharp(before).metadata(), sharp(after).metadata()])
    expect(mb).toMatchObject({ format: 'jpeg', width: 1200, height: 900 })
    expect(ma).toMatchObject({ format: 'jpeg', width: mb.width, height: mb.height })
    expect(await meanAbsoluteDifference(before, after)).toBeGreaterThan(2)
  })

  it('is byte-identical for the same seed and differs for another seed', async () => {
    const [a, b, c] = await Promise.all([renderScalpPair(params), renderScalpPair(params), renderScalpPair({ ...params, seed: 12 })])
    expect(a.before.equals(b.before)).toBe(true)
    expect(a.after.equals(b.after)).toBe(true)
    expect(a.before.equals(c.before)).toBe(false)
    expect(a.after.equals(c.after)).toBe(false)
  })

  it('covers the bald crown with pigment dots: darker and more textured after than before', async () => {
    const { before, after } = await renderScalpPair(params)
    const [b, a] = await Promise.all([crownStats(before), crownStats(after)])
    expect(a.mean).toBeLessThan(b.mean - 10)
    expect(a.stdev).toBeGreaterThan(b.stdev + 10)
  })

  it('draws a scar when asked', async () => {
    const [plain, scarred] = await Promise.all([renderScalpPair(params), renderScalpPair({ ...params, scar: true })])
    expect(plain.before.equals(scarred.before)).toBe(false)
  })

  it('refuses an out-of-range Norwood stage or skin type', async () => {
    await expect(renderScalpPair({ ...params, norwoodStage: 8 })).rejects.toThrow(RangeError)
    await expect(renderScalpPair({ ...params, skinTone: 0 })).rejects.toThrow(RangeError)
  })
})

describe('renderPortrait', () => {
  it('renders a deterministic 800×800 JPEG per seed', async () => {
    const [a, b, c] = await Promise.all([renderPortrait({ seed: 101, skinTone: 4 }), renderPortrait({ seed: 101, skinTone: 4 }), renderPortrait({ seed: 102, skinTone: 4 })])
    expect(await sharp(a).metadata()).toMatchObject({ format: 'jpeg', width: 800, height: 800 })
    expect(a.equals(b)).toBe(true)
    expect(a.equals(c)).toBe(false)
  })
})
