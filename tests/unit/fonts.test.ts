import { readFileSync } from 'node:fs'
import path from 'node:path'

import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'

import { CHARACTERS, FACES, WEIGHTS } from '../../src/app/(sites)/fonts/faces'

/*
 * The committed font files and faces.css are what scripts/subset-fonts.ts writes from faces.ts: a
 * change to the table without running `npm run fonts` fails here, not on a visitor's screen.
 */

const css = readFileSync('src/app/(sites)/fonts/faces.css', 'utf8')

describe('the sites’ subset fonts', () => {
  for (const [name, face] of Object.entries(FACES)) {
    it(`${name}: draws every character the sites are written in, at every weight they use`, () => {
      const file = readFileSync(path.join('public', face.href))
      const font = fontkit.create(file) as fontkit.Font
      expect(file.subarray(0, 4).toString('latin1')).toBe('wOF2')
      const drawn = new Set(font.characterSet)
      expect([...CHARACTERS].filter((character) => !drawn.has(character.codePointAt(0)!))).toEqual([])
      // Subset, not the whole latin file: nothing beyond the table's characters (and the space-like ones harfbuzz keeps).
      expect(font.characterSet.length).toBeLessThan(CHARACTERS.length + 8)
      expect(font.variationAxes.wght).toMatchObject({ min: WEIGHTS.min, max: WEIGHTS.max })
    })

    it(`${name}: is declared with a metric-matched fallback`, () => {
      expect(css).toContain(`font-family: '${face.family}';\n  src: url('${face.href}') format('woff2');`)
      const fallback = new RegExp(`font-family: '${face.family} fallback';\\n  src: local\\([^;]+;\\n  size-adjust: (\\d+\\.\\d+)%;\\n  ascent-override: (\\d+\\.\\d+)%;`).exec(css)
      expect(fallback).not.toBeNull()
      // A system font scaled by more than a third either way would be a wrong measurement, not a match.
      expect(Number(fallback![1])).toBeGreaterThan(75)
      expect(Number(fallback![1])).toBeLessThan(133)
    })
  }
})
