import type { ReactNode } from 'react'

import type { PhotoView } from '@/lib/leads/photoViews'

/*
 * The framing guide of a guided photo: the outline of a head as the camera should see it, drawn
 * here (no copied artwork). Decoration only — the slot's instruction says the same in words.
 */

const PROFILE = 'M58 18 C80 18 90 36 88 60 C86 80 78 92 66 98 L66 118 M38 118 L38 104 C30 102 26 96 27 88 L20 80 L27 74 C24 60 22 48 26 38 C32 24 44 18 58 18'

const OUTLINES: Record<PhotoView, ReactNode> = {
  front: (
    <>
      <ellipse cx="50" cy="60" rx="30" ry="40" />
      <ellipse cx="19" cy="64" rx="5" ry="9" />
      <ellipse cx="81" cy="64" rx="5" ry="9" />
      {/* Eyebrow level: where the phone is held. */}
      <path d="M8 56 H92" strokeDasharray="4 4" />
      <path d="M38 99 V118 M62 99 V118" />
    </>
  ),
  top: (
    <>
      <ellipse cx="50" cy="62" rx="32" ry="42" />
      <path d="M44 22 L50 12 L56 22" />
      <ellipse cx="17" cy="64" rx="4" ry="9" />
      <ellipse cx="83" cy="64" rx="4" ry="9" />
    </>
  ),
  crown: (
    <>
      <ellipse cx="50" cy="60" rx="32" ry="40" />
      {/* The crown's whorl, centred in the frame. */}
      <path d="M50 58 C54 58 55 62 51 64 C45 66 43 58 48 54 C55 49 62 56 60 64" />
      <path d="M38 99 V118 M62 99 V118" />
    </>
  ),
  left: (
    <>
      <path d={PROFILE} />
      <ellipse cx="60" cy="62" rx="6" ry="10" />
    </>
  ),
  right: (
    <g transform="translate(100 0) scale(-1 1)">
      <path d={PROFILE} />
      <ellipse cx="60" cy="62" rx="6" ry="10" />
    </g>
  ),
}

export const HeadGuide = ({ view, className }: { view: PhotoView; className?: string }) => (
  <svg viewBox="0 0 100 120" className={className} aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
    {OUTLINES[view]}
  </svg>
)
