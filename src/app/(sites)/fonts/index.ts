import type { Clinic } from '@/payload-types'

import { type Face, FACES } from './faces'
import './faces.css'

/*
 * Fonts are files of our own (public/fonts, subset by scripts/subset-fonts.ts, served by
 * [site]/fonts/[file]), never fetched from the web. Each site loads only its pairing's two faces,
 * preloaded since both set text at the top of every page (the heading and the first paragraphs);
 * until they arrive, a metric-matched fallback holds their place, so text does not jump when they
 * swap in.
 */

type Pairing = Clinic['branding']['fontPairing']

const GENERIC = { serif: 'Georgia, "Times New Roman", serif', sans: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif' }

const PAIRINGS: Record<Pairing, { heading: Face; body: Face }> = {
  classic: { heading: FACES.lora, body: FACES.inter },
  modern: { heading: FACES.workSans, body: FACES.inter },
  warm: { heading: FACES.nunito, body: FACES.workSans },
}

const stack = (face: Face) => `'${face.family}', '${face.family} fallback', ${GENERIC[face.fallback]}`

/**
 * The two CSS variables the site's styles read, and the files to preload. Rendered as <link>s in the
 * layout's head rather than through react-dom's preload(), whose hints pages rendered per request
 * (the booking page) lose; on cached pages React adds its hint of the same link, and the browser
 * fetches the file once.
 */
export const fontPairing = (pairing: Pairing = 'classic') => {
  const { heading, body } = PAIRINGS[pairing]
  return {
    variables: { '--font-heading': stack(heading), '--font-body': stack(body) },
    preloads: [...new Set([heading.href, body.href])],
  }
}
