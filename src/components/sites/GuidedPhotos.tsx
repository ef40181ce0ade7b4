'use client'

import { type ChangeEvent, useEffect, useRef, useState } from 'react'

import { PHOTO_VIEWS, type PhotoView } from '@/lib/leads/photoViews'
import { LEAD_LIMITS } from '@/lib/leads/schema'

import styles from './GuidedPhotos.module.css'
import { HeadGuide } from './HeadGuide'

const slotId = (view: PhotoView) => `lead-photo-${view}`

/**
 * One file input per view of the head, each with its framing guide and its instruction in words.
 * Without JavaScript the guide is a picture beside the input; with it, the chosen photo shows
 * under the guide, so the visitor sees at once whether it is framed as the clinic needs.
 */
export function GuidedPhotos() {
  const [previews, setPreviews] = useState<Partial<Record<PhotoView, string>>>({})
  // The previews' object URLs hold the photos in memory until released: a replaced one at once, the rest when the form goes.
  const shown = useRef(previews)
  useEffect(() => () => Object.values(shown.current).forEach((url) => url && URL.revokeObjectURL(url)), [])

  const show = (view: PhotoView) => (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0]
    const replaced = shown.current[view]
    if (replaced) URL.revokeObjectURL(replaced)
    shown.current = { ...shown.current, [view]: file && file.type.startsWith('image/') ? URL.createObjectURL(file) : undefined }
    setPreviews(shown.current)
  }

  return (
    <fieldset className={styles.guided} aria-describedby="lead-guided-photos-hint">
      <legend>Guided photos (optional)</legend>
      <p id="lead-guided-photos-hint" className={styles.hint}>
        A photo from each side helps the clinic prepare your consultation. Line your head up with the outline; {LEAD_LIMITS.photos} photos at most in
        all, {LEAD_LIMITS.photoBytes / 1024 / 1024} MB each, seen only by the clinic.
      </p>
      <div className={styles.slots}>
        {PHOTO_VIEWS.map(({ value, label, field, instruction }) => (
          <div key={value} className={styles.slot}>
            <label htmlFor={slotId(value)}>{label}</label>
            <p id={`${slotId(value)}-instruction`} className={styles.hint}>
              {instruction}
            </p>
            <div className={styles.frame}>
              {previews[value] && (
                // A local preview of the visitor's own file (a blob: URL), never sent anywhere by this element.
                // eslint-disable-next-line @next/next/no-img-element
                <img src={previews[value]} alt={`Your ${label.toLowerCase()} photo`} className={styles.preview} />
              )}
              <HeadGuide view={value} className={previews[value] ? `${styles.guide} ${styles.overPhoto}` : styles.guide} />
            </div>
            <input
              id={slotId(value)}
              name={field}
              type="file"
              accept="image/*"
              capture="environment"
              aria-describedby={`${slotId(value)}-instruction`}
              className={styles.input}
              onChange={show(value)}
            />
          </div>
        ))}
      </div>
    </fieldset>
  )
}
