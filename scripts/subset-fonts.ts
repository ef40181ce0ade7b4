import { createHash } from 'node:crypto'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import * as fontkit from 'fontkit'
import subsetFont from 'subset-font'

import { CHARACTERS, FACES, WEIGHTS } from '../src/app/(sites)/fonts/faces'

/*
 * `npm run fonts`: cuts the sites' variable fonts down to the characters and weights they use and
 * writes them to public/fonts/ (named with a hash of their bytes, so browsers may keep them for a
 * year), their names to src/app/(sites)/fonts/files.json, and faces.css declaring them and their
 * metric-matched fallbacks. Offline (the @fontsource-variable packages and harfbuzz's subsetter from
 * npm); run it after changing faces.ts and commit what it writes.
 *
 * A fallback face is a system font scaled and spaced to take the web font's room, so nothing moves
 * when the web font arrives. Its numbers come from the fonts themselves: Liberation Sans and Serif
 * (Debian's fonts-liberation) have the advance widths and so the metrics of Arial and Times New Roman.
 */

const require = createRequire(import.meta.url)
const SYSTEM_FONTS = {
  sans: { local: ['Arial', 'Liberation Sans', 'Arimo'], file: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf' },
  serif: { local: ['Times New Roman', 'Liberation Serif', 'Tinos'], file: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf' },
}
// Kerning, standard and contextual ligatures; the rest (small caps, old-style figures, alternates) no page asks for.
const LAYOUT_FEATURES = ['kern', 'liga', 'calt']
// Widths are compared on the sites' own kind of text, not on single letters.
const SAMPLE = 'Scalp micro-pigmentation in Leeds: natural pigment placed in the scalp to recreate the look of closely cut hair, usually over two to three sessions.'

const openFont = async (file: string) => {
  const font = fontkit.create(await readFile(file))
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not one font`)
  return font
}

/** How wide the sample sets in a font, in ems. */
const sampleWidth = (font: fontkit.Font) => font.layout(SAMPLE).advanceWidth / font.unitsPerEm

const percent = (value: number) => `${(value * 100).toFixed(2)}%`

const FOLDER = 'public/fonts'
for (const stale of await readdir(FOLDER)) if (stale.endsWith('.woff2')) await rm(path.join(FOLDER, stale))

const files: Record<string, string> = {}
const faceRules: string[] = []
for (const [name, face] of Object.entries(FACES)) {
  const source = await readFile(require.resolve(face.source))
  const subset = await subsetFont(source, CHARACTERS, { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS }, keepFeatures: LAYOUT_FEATURES })
  files[name] = `${face.family.toLowerCase().replaceAll(' ', '-')}.${createHash('sha256').update(subset).digest('hex').slice(0, 12)}.woff2`
  const target = path.join(FOLDER, files[name])
  await writeFile(target, subset)
  console.log(`${name}: ${Math.round(source.length / 1024)} KB → ${Math.round(subset.length / 1024)} KB (${target})`)
  const href = `/fonts/${files[name]}`

  const font = await openFont(target)
  const system = SYSTEM_FONTS[face.fallback]
  const sizeAdjust = sampleWidth(font) / sampleWidth(await openFont(system.file))
  const perEm = font.unitsPerEm * sizeAdjust
  faceRules.push(
    `@font-face {\n  font-family: '${face.family}';\n  src: url('${href}') format('woff2');\n  font-weight: ${WEIGHTS.min} ${WEIGHTS.max};\n  font-style: normal;\n  font-display: swap;\n}`,
    `@font-face {\n  font-family: '${face.family} fallback';\n  src: ${system.local.map((local) => `local('${local}')`).join(', ')};\n  size-adjust: ${percent(sizeAdjust)};\n  ascent-override: ${percent(font.ascent / perEm)};\n  descent-override: ${percent(Math.abs(font.descent) / perEm)};\n  line-gap-override: ${percent(font.lineGap / perEm)};\n}`,
  )
}
await writeFile('src/app/(sites)/fonts/files.json', `${JSON.stringify(files, null, 2)}\n`)
await writeFile(
  'src/app/(sites)/fonts/faces.css',
  `/* Written by scripts/subset-fonts.ts (npm run fonts) from faces.ts: edit those, not this. */\n${faceRules.join('\n')}\n`,
)
console.log('written: src/app/(sites)/fonts/files.json and faces.css')
