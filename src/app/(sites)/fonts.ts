import localFont from 'next/font/local'

import type { Clinic } from '@/payload-types'

/*
 * Bundled from @fontsource packages, never fetched from the web. next/font adds size-adjusted
 * fallbacks, so text does not jump when the font arrives.
 */
const lora = localFont({ src: '../../../node_modules/@fontsource-variable/lora/files/lora-latin-wght-normal.woff2', variable: '--font-lora', display: 'swap' })
const inter = localFont({ src: '../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', variable: '--font-inter', display: 'swap' })
const workSans = localFont({ src: '../../../node_modules/@fontsource-variable/work-sans/files/work-sans-latin-wght-normal.woff2', variable: '--font-work-sans', display: 'swap' })
const nunito = localFont({ src: '../../../node_modules/@fontsource-variable/nunito/files/nunito-latin-wght-normal.woff2', variable: '--font-nunito', display: 'swap' })

type Pairing = Clinic['branding']['fontPairing']
type Face = { font: typeof lora; cssVariable: string; fallback: string }

const SERIF = 'Georgia, "Times New Roman", serif'
const SANS = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif'
const faces = {
  lora: { font: lora, cssVariable: '--font-lora', fallback: SERIF },
  inter: { font: inter, cssVariable: '--font-inter', fallback: SANS },
  workSans: { font: workSans, cssVariable: '--font-work-sans', fallback: SANS },
  nunito: { font: nunito, cssVariable: '--font-nunito', fallback: SANS },
} satisfies Record<string, Face>

const PAIRINGS: Record<Pairing, { heading: Face; body: Face }> = {
  classic: { heading: faces.lora, body: faces.inter },
  modern: { heading: faces.workSans, body: faces.inter },
  warm: { heading: faces.nunito, body: faces.workSans },
}

const stack = (face: Face) => `var(${face.cssVariable}), ${face.fallback}`

/** The class names that load a pairing's fonts, and the two CSS variables the site's styles read. */
export const fontPairing = (pairing: Pairing = 'classic') => {
  const { heading, body } = PAIRINGS[pairing]
  return {
    className: `${heading.font.variable} ${body.font.variable}`,
    variables: { '--font-heading': stack(heading), '--font-body': stack(body) },
  }
}
