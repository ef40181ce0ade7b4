'use client'

import { useSyncExternalStore } from 'react'

import { dayName, openStatusAt, type OpeningHours } from '@/lib/sites/openingHours'

type Props = { hours: OpeningHours; timeZone: string }

const MINUTE = 60_000

// Wakes on each turn of the minute rather than a minute after mount, so "Open now" flips to
// "Closed" at 17:30 and not up to a minute late.
const subscribeToMinutes = (onMinute: () => void) => {
  let timer: ReturnType<typeof setTimeout>
  const schedule = () => {
    timer = setTimeout(() => {
      onMinute()
      schedule()
    }, MINUTE - (Date.now() % MINUTE))
  }
  schedule()
  return () => clearTimeout(timer)
}

// A whole-minute number, so React sees the same snapshot until the minute changes.
const currentMinute = () => Math.floor(Date.now() / MINUTE)

// The page HTML is cached and served for hours, so the server must never decide "open" or
// "closed": its snapshot is null, and the first client render after hydration fills it in.
const noMinuteOnServer = () => null

/** "Open now · closes 17:30" or "Closed · opens Tuesday 09:00", in the clinic's own time zone. */
export function OpenNow({ hours, timeZone }: Props) {
  const minute = useSyncExternalStore(subscribeToMinutes, currentMinute, noMinuteOnServer)
  if (!hours?.length) return null

  // Until the status is known, a non-breaking space keeps the line's height, so nothing below moves.
  let text = '\u00a0'
  if (minute !== null) {
    const status = openStatusAt(hours, timeZone, new Date(minute * MINUTE))
    if (status.open) text = `Open now · closes ${status.closesAt}`
    else if (status.opensNext) {
      const { day, time, inDays } = status.opensNext
      text = `Closed · opens ${inDays === 0 ? 'today' : dayName(day)} ${time}`
    } else text = 'Closed'
  }
  // A span, not a p, so it can sit inside whatever line the page gives it (a p, a dd, a list item).
  return <span>{text}</span>
}
