/*
 * How wide the sites lay out their images, for the browser to pick the smallest file that is
 * still sharp (next/image `sizes`). The content column is 72rem at most with 1.25rem of padding
 * each side; on a phone a hero fills it, and a card fills it less its own 1rem of padding.
 */
export const IMAGE_SIZES = {
  /** Beside the text from 40rem, in a two-column grid: half the column less the gap. */
  hero: '(max-width: 40rem) calc(100vw - 2.5rem), 34rem',
  /** A grid of cards at least 16rem wide. */
  card: '(max-width: 40rem) calc(100vw - 4.5rem), 22rem',
}
