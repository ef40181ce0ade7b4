/**
 * The guided photos a visitor may add to a consultation request: one per view of the head, so the
 * clinic sees the same five angles from every lead. Each arrives in its own form field and is kept
 * with its view on the lead's photo row. Plain data: the form's client bundle loads it.
 */

export const PHOTO_VIEWS = [
  { value: 'front', label: 'Front', field: 'photoFront', instruction: 'Hold the phone level with your eyebrows, at arm’s length, and look straight into it.' },
  { value: 'top', label: 'Top', field: 'photoTop', instruction: 'Hold the phone above your head, screen down, so the top of your head fills the frame.' },
  { value: 'crown', label: 'Crown', field: 'photoCrown', instruction: 'Ask someone to photograph the back of the top of your head from just above it.' },
  { value: 'left', label: 'Left side', field: 'photoLeft', instruction: 'Turn your left shoulder to the phone so it sees your left side, held level with your ear.' },
  { value: 'right', label: 'Right side', field: 'photoRight', instruction: 'Turn your right shoulder to the phone so it sees your right side, held level with your ear.' },
] as const

export type PhotoView = (typeof PHOTO_VIEWS)[number]['value']

export const PHOTO_VIEW_OPTIONS = PHOTO_VIEWS.map(({ value, label }) => ({ value, label }))

export const photoViewLabel = (view: string | null | undefined): string => PHOTO_VIEWS.find(({ value }) => value === view)?.label ?? ''
