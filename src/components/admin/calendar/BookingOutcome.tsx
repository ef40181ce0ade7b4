'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { refusalMessage } from '@/lib/booking/calendarWrites'

type Outcome = 'attended' | 'noShow'
const LABELS: Record<Outcome, string> = { attended: 'Attended', noShow: 'No-show' }

/** Marks a consultation whose time has come attended or no-show, as the signed-in person, then shows the calendar again. */
export const BookingOutcome = ({ api, booking, status, who }: { api: string; booking: number; status: string; who: string }) => {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()

  const mark = async (outcome: Outcome) => {
    setBusy(true)
    setProblem(undefined)
    const response = await fetch(`${api}/bookings/${booking}?depth=0`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: outcome }),
    }).catch(() => undefined)
    if (response?.ok) router.refresh()
    else setProblem(response ? refusalMessage(await response.json().catch(() => null)) : 'The server could not be reached. Try again.')
    setBusy(false)
  }

  return (
    <div className="stipple-calendar__outcome">
      {(Object.keys(LABELS) as Outcome[]).map((outcome) => (
        <button key={outcome} type="button" disabled={busy} aria-pressed={status === outcome} aria-label={`${LABELS[outcome]}: ${who}`} onClick={() => mark(outcome)}>
          {LABELS[outcome]}
        </button>
      ))}
      {problem && <p role="alert">{problem}</p>}
    </div>
  )
}
