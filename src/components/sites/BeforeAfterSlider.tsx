'use client'

import Image from 'next/image'
import { useId, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react'

import styles from './BeforeAfterSlider.module.css'
import { type ImagePriority, priorityProps } from './imagePriority'

/** `unoptimized`: a private photo, shown only in an editor's preview (see `mediaPath.ts`). */
export type Img = { src: string; alt: string; width: number; height: number; unoptimized?: boolean }

/** `priority: 'main'` for the page's first comparison: its after photo, whole under the half-width before photo, is what a visitor sees first. */
type Props = { before: Img; after: Img; caption?: string; priority?: ImagePriority }

// The slider spans the page's content column (72rem less its padding) at most.
const SIZES = '(min-width: 72rem) 70rem, 100vw'

// Arrow keys step 5, Page keys 20, as the ARIA slider pattern suggests for a 0–100 range.
const KEY_MOVES: Record<string, (position: number) => number> = {
  ArrowLeft: (position) => position - 5,
  ArrowDown: (position) => position - 5,
  ArrowRight: (position) => position + 5,
  ArrowUp: (position) => position + 5,
  PageDown: (position) => position - 20,
  PageUp: (position) => position + 20,
  Home: () => 0,
  End: () => 100,
}

const clamp = (position: number) => Math.min(100, Math.max(0, position))

/**
 * The after photo with the before photo laid over it and clipped at a divider the visitor moves.
 * Both photos are in the HTML from the start. Where scripting is off, the stylesheet's
 * `@media (scripting: none)` puts them side by side instead, so nobody sees half of each with a
 * handle that cannot move; where it is on, the server HTML already has the final overlaid layout,
 * so hydration moves nothing (switching layout on hydration would shift the page).
 */
export function BeforeAfterSlider({ before, after, caption, priority }: Props) {
  const [position, setPosition] = useState(50)
  const captionId = useId()
  const shown = Math.round(position)

  const moveToPointer = (event: PointerEvent<HTMLDivElement>) => {
    const frame = event.currentTarget.getBoundingClientRect()
    setPosition(clamp(((event.clientX - frame.left) / frame.width) * 100))
  }

  const startDrag = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    // Captured, the drag keeps following the pointer when it leaves the photo.
    event.currentTarget.setPointerCapture(event.pointerId)
    moveToPointer(event)
  }

  const drag = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveToPointer(event)
  }

  const moveWithKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = KEY_MOVES[event.key]
    if (!move) return
    event.preventDefault()
    setPosition(clamp(move(shown)))
  }

  const frameStyle = {
    '--ratio': `${after.width} / ${after.height}`,
    '--before-width': `${position}%`,
  } as CSSProperties

  return (
    <figure className={styles.slider}>
      <div className={styles.frame} style={frameStyle} onPointerDown={startDrag} onPointerMove={drag}>
        <div className={styles.before}>
          <Image src={before.src} alt={before.alt} width={before.width} height={before.height} sizes={SIZES} unoptimized={before.unoptimized} draggable={false} />
          <span className={styles.label}>Before</span>
        </div>
        <div className={styles.after}>
          <Image src={after.src} alt={after.alt} width={after.width} height={after.height} sizes={SIZES} unoptimized={after.unoptimized} draggable={false} {...priorityProps(priority)} />
          <span className={`${styles.label} ${styles.afterLabel}`}>After</span>
        </div>
        <div
          className={styles.handle}
          role="slider"
          tabIndex={0}
          aria-label="Before and after comparison"
          // A result page has one slider per view; the caption tells them apart.
          aria-describedby={caption ? captionId : undefined}
          aria-orientation="horizontal"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={shown}
          aria-valuetext={`${shown}% before, ${100 - shown}% after`}
          onKeyDown={moveWithKey}
        >
          <span className={styles.knob} aria-hidden="true">
            <svg viewBox="0 0 24 24" width="20" height="20" focusable="false">
              <path d="M9 6l-6 6 6 6M15 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.5" />
            </svg>
          </span>
        </div>
      </div>
      {caption ? <figcaption id={captionId} className={styles.caption}>{caption}</figcaption> : null}
    </figure>
  )
}
