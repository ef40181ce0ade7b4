'use client'

import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import { refusalMessage, timeOffBody } from '@/lib/booking/calendarWrites'

type Props = { api: string; clinic: number; practitioners: { id: number; name: string }[]; day: string }

/**
 * Blocks time from the calendar: a closure for one practitioner or the whole clinic, written as
 * the signed-in person. Free times are worked out per request, so the time is gone from the
 * booking page at once.
 */
export const TimeOffForm = ({ api, clinic, practitioners, day }: Props) => {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>()

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '')
    setBusy(true)
    setOutcome(undefined)
    const body = timeOffBody({
      clinic,
      practitioner: text('practitioner') ? Number(text('practitioner')) : null,
      startsOn: text('startsOn'),
      endsOn: text('endsOn'),
      opens: text('opens'),
      closes: text('closes'),
      note: text('note'),
    })
    const response = await fetch(`${api}/availability-exceptions?depth=0`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => undefined)
    if (response?.ok) {
      setOutcome({ ok: true, text: 'Time off saved: those times are no longer offered.' })
      router.refresh()
    } else setOutcome({ ok: false, text: response ? refusalMessage(await response.json().catch(() => null)) : 'The server could not be reached. Try again.' })
    setBusy(false)
  }

  return (
    <details className="stipple-calendar__time-off">
      <summary>Block time off</summary>
      <form onSubmit={submit}>
        <label>
          Who
          <select name="practitioner" defaultValue="">
            <option value="">The whole clinic</option>
            {practitioners.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Day
          <input type="date" name="startsOn" required defaultValue={day} />
        </label>
        <label>
          Last day (optional)
          <input type="date" name="endsOn" />
        </label>
        <label>
          From (empty: all day)
          <input type="time" name="opens" step={900} />
        </label>
        <label>
          Until
          <input type="time" name="closes" step={900} />
        </label>
        <label>
          Note
          <input type="text" name="note" maxLength={120} placeholder="Training" />
        </label>
        <button type="submit" disabled={busy}>
          Block this time
        </button>
        {outcome && <p role={outcome.ok ? 'status' : 'alert'}>{outcome.text}</p>}
      </form>
    </details>
  )
}
