import type { Endpoint } from 'payload'

import { countBookings } from '@/lib/booking/bookingCounts'

const DAY = 24 * 60 * 60_000
const answer = (status: number, body: unknown) => Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } })

/** A day (`2027-03-01`, midnight UTC) or an instant with its offset; `undefined` when it is neither. */
const instantOf = (value: string | null, fallback: number): Date | undefined => {
  if (!value) return new Date(fallback)
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value)) return undefined
  const time = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
  return Number.isNaN(time) ? undefined : new Date(time)
}

/**
 * `GET /api/bookings/counts?from=2027-03-01&until=2027-04-01[&clinic=2]`: bookings per clinic and
 * status starting in that period (the last four weeks and the coming eight unless said), for
 * signed-in people only and within their own clinics — numbers, never people.
 */
export const bookingCounts: Endpoint = {
  path: '/counts',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return answer(401, { errors: [{ message: 'Sign in to see booking numbers.' }] })
    const query = new URL(req.url ?? '', 'http://localhost').searchParams
    const now = Date.now()
    const from = instantOf(query.get('from'), now - 28 * DAY)
    const until = instantOf(query.get('until'), now + 56 * DAY)
    const clinicText = query.get('clinic')
    const clinic = clinicText && /^\d{1,9}$/.test(clinicText) ? Number(clinicText) : undefined
    if (!from || !until || until <= from || (clinicText && clinic === undefined)) {
      return answer(400, { errors: [{ message: 'Give from and until as days (2027-03-01) or instants with their offset, until after from, and clinic as its number.' }] })
    }
    return answer(200, await countBookings(req.payload, req.user, { from, until, clinic }))
  },
}
