import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Payload, PayloadRequest } from 'payload'

import { clinicsOfUser } from '@/access/clinicsOfUser'
import { isBrandMarketing, worksAcrossClinics } from '@/access/roles'
import { readAdminCalendar } from '@/lib/booking/adminCalendar'
import { countBookings } from '@/lib/booking/bookingCounts'
import { daysShown, layOutCalendar } from '@/lib/booking/calendarLayout'
import { addDays } from '@/lib/booking/calendarDate'
import { instantOf, wallClockOf } from '@/lib/booking/zonedTime'

import { BookingCountsTable } from './BookingCountsTable'
import { CalendarGrid } from './CalendarGrid'
import { calendarHref, readCalendarParams, stepFrom } from './calendarParams'
import { TimeOffForm } from './TimeOffForm'

type User = NonNullable<PayloadRequest['user']>

/** The clinics the person may open the calendar of, read with their own access. */
const clinicsFor = async (payload: Payload, user: User) =>
  (
    await payload.find({
      collection: 'clinics',
      where: worksAcrossClinics(user) ? undefined : { id: { in: clinicsOfUser(user) } },
      select: { name: true, timeZone: true },
      sort: 'name',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user,
    })
  ).docs

/** Marketing follows bookings as numbers per clinic; who booked and when stays with the clinics. */
const CountsOnly = async ({ payload, user, date, mode }: { payload: Payload; user: User; date: string; mode: 'day' | 'week' }) => {
  const days = daysShown(mode, date)
  const counts = await countBookings(payload, user, { from: new Date(`${days[0]}T00:00:00Z`), until: new Date(`${addDays(days.at(-1)!, 1)}T00:00:00Z`) })
  return <BookingCountsTable counts={counts} caption={`Bookings starting ${days[0]} to ${days.at(-1)} (UTC days), per clinic and status. Names and times stay with the clinics.`} />
}

/**
 * The booking calendar (`/admin/calendar`): one clinic's day or week, a column per practitioner,
 * read with the signed-in person's own access. Brand marketing sees only the numbers.
 */
export const CalendarView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req, permissions, visibleEntities, locale, cookies } = initPageResult
  const { payload, user } = req
  const base = `${payload.config.routes.admin}/calendar`
  const links = { admin: payload.config.routes.admin, api: payload.config.routes.api }
  const asked = readCalendarParams(searchParams)

  const body = async () => {
    if (!user) return <p>Sign in to see the booking calendar.</p>
    if (isBrandMarketing(user)) return <CountsOnly payload={payload} user={user} date={asked.date ?? wallClockOf('UTC', Date.now()).date} mode={asked.mode} />
    const clinics = await clinicsFor(payload, user)
    const fromCookie = Number(cookies.get('payload-tenant'))
    const clinic = clinics.find((row) => row.id === asked.clinic) ?? clinics.find((row) => row.id === fromCookie) ?? clinics[0]
    if (!clinic) return <p>You are not assigned to a clinic yet.</p>
    const today = wallClockOf(clinic.timeZone, Date.now()).date
    const date = asked.date ?? today
    const days = daysShown(asked.mode, date)
    const calendar = await readAdminCalendar(payload, user, clinic.id, days)
    if (!calendar) return <p>This clinic’s calendar cannot be read with your account.</p>
    const layout = layOutCalendar(calendar, Date.now())
    const counts = await countBookings(payload, user, {
      clinic: clinic.id,
      from: new Date(instantOf(clinic.timeZone, days[0]!, 0)),
      until: new Date(instantOf(clinic.timeZone, addDays(days.at(-1)!, 1), 0)),
    })
    const href = (mode: 'day' | 'week', day: string) => calendarHref(base, clinic.id === asked.clinic ? clinic.id : undefined, mode, day)
    return (
      <>
        <form method="get" action={base} className="stipple-calendar__controls">
          {clinics.length > 1 && (
            <label>
              Clinic{' '}
              <select name="clinic" defaultValue={clinic.id}>
                {clinics.map((row) => (
                  <option key={row.id} value={row.id}>
                    {row.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <input type="hidden" name="mode" value={asked.mode} />
          <input type="hidden" name="date" value={date} />
          {clinics.length > 1 && <button type="submit">Show</button>}
          <nav aria-label="Calendar days">
            <a href={href(asked.mode, stepFrom(asked.mode, date, -1))}>← Previous {asked.mode}</a>
            <a href={href(asked.mode, today)}>Today</a>
            <a href={href(asked.mode, stepFrom(asked.mode, date, 1))}>Next {asked.mode} →</a>
            <a href={href('day', date)} aria-current={asked.mode === 'day' ? 'page' : undefined}>
              Day
            </a>
            <a href={href('week', date)} aria-current={asked.mode === 'week' ? 'page' : undefined}>
              Week
            </a>
          </nav>
        </form>
        <h2>
          {clinic.name}: {layout.days[0]!.label}
          {days.length > 1 ? ` to ${layout.days.at(-1)!.label}` : ''} <small>({clinic.timeZone} time)</small>
        </h2>
        <BookingCountsTable counts={counts} caption="Bookings on these days" />
        <TimeOffForm api={links.api} clinic={clinic.id} practitioners={calendar.practitioners.map(({ id, name }) => ({ id, name }))} day={date} />
        {calendar.practitioners.length === 0 && <p>No one at this clinic takes consultation bookings yet (Team → Takes consultation bookings).</p>}
        <CalendarGrid layout={layout} links={links} mode={asked.mode} />
      </>
    )
  }

  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter className="stipple-calendar">
        <h1>Booking calendar</h1>
        {await body()}
      </Gutter>
    </DefaultTemplate>
  )
}
