import { preload } from 'react-dom'

import type { Clinic } from '@/payload-types'

import { type Face, FACES } from './faces'
import './faces.css'

/*
 * Fonts are files of our own (public/fonts, subset by scripts/subset-fonts.ts), never fetched from
 * the web. Each site loads only its pairing's two faces, preloaded since both set text at the top of
 * every page (the heading and the first paragraphs); until they arrive, a metric-matched fallback
 * holds their place, so text does not jump when they swap in.
 */

type Pairing = Clinic['branding']['fontPairing']

const GENERIC = { serif: 'Georgia, "Times New Roman", serif', sans: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif' }

const PAIRINGS: Record<Pairing, { heading: Face; body: Face }> = {
  classic: { heading: FACES.lora, body: FACES.inter },
  modern: { heading: FACES.workSans, body: FACES.inter },
  warm: { heading: FACES.nunito, body: FACES.workSans },
}

const stack = (face: Face) => `'${face.family}', '${face.family} fallback', ${GENERIC[face.fallback]}`

/** The two CSS variables the site's styles read; rendering it preloads the pairing's files. */
export const fontPairing = (pairing: Pairing = 'classic') => {
  const { heading, body } = PAIRINGS[pairing]
  for (const face of new Set([heading, body])) preload(face.href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' })
  return { '--font-heading': stack(heading), '--font-body': stack(body) }
}
