import FILES from './files.json'

/*
 * The sites' four typefaces: where each comes from, the file the sites load, and the system font its
 * fallback is metric-matched to. `scripts/subset-fonts.ts` reads this table to write the files,
 * `files.json` (their names, which carry a hash of their bytes) and `faces.css`; the sites read it
 * to name and preload them.
 */

export type FaceName = 'lora' | 'inter' | 'workSans' | 'nunito'

export type Face = {
  /** The CSS font-family of the web font; its metric-matched fallback is `<family> fallback`. */
  family: string
  /** The variable font (latin, all weights) in its @fontsource-variable package. */
  source: string
  /** Where the sites serve it (`[site]/fonts/[file]`, from public/fonts). */
  href: string
  /** The system font the fallback face stands in with until the web font arrives. */
  fallback: 'serif' | 'sans'
}

export const FACES: Record<FaceName, Face> = {
  lora: { family: 'Lora', source: '@fontsource-variable/lora/files/lora-latin-wght-normal.woff2', href: `/fonts/${FILES.lora}`, fallback: 'serif' },
  inter: { family: 'Inter', source: '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', href: `/fonts/${FILES.inter}`, fallback: 'sans' },
  workSans: { family: 'Work Sans', source: '@fontsource-variable/work-sans/files/work-sans-latin-wght-normal.woff2', href: `/fonts/${FILES.workSans}`, fallback: 'sans' },
  nunito: { family: 'Nunito', source: '@fontsource-variable/nunito/files/nunito-latin-wght-normal.woff2', href: `/fonts/${FILES.nunito}`, fallback: 'sans' },
}

/** The weights the sites' styles use (body 400, buttons and questions 600, headings and prices 700): the files keep only this range of the weight axis. */
export const WEIGHTS = { min: 400, max: 700 }

const range = (from: number, to: number) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, index) => from + index))

/**
 * What the sites are written in: British English, with the names and loan words of Western European
 * languages: printable ASCII and Latin-1 (accented letters, £, ©, °, ×, the non-breaking space; not the
 * soft hyphen, which is never drawn), Œ and œ, and the typographer's punctuation the copy uses
 * (‘’ “” – — … • ‹ › € ™ −). Anything else an editor types is drawn by the fallback font, letter by letter.
 */
export const CHARACTERS = [range(0x20, 0x7e), range(0xa0, 0xac), range(0xae, 0xff), 'Œœ', '‘’‚“”„', '–—', '…•′″‹›', '€™−'].join('')
