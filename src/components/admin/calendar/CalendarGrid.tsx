import type { CSSProperties } from 'react'

import { type CalendarColumn, type CalendarLayout, clockLabel, type Span } from '@/lib/booking/calendarLayout'
import { BOOKING_STATUSES } from '@/lib/booking/statuses'
import { labelOf } from '@/lib/leads/options'

import { BookingOutcome } from './BookingOutcome'

type Links = { admin: string; api: string }

/** A span's place in its column, as a share of the hours shown (so day and week share one stylesheet). */
const placed = (layout: CalendarLayout, span: Span): CSSProperties => ({
  top: `${((span.from - layout.from) / (layout.to - layout.from)) * 100}%`,
  height: `${((span.to - span.from) / (layout.to - layout.from)) * 100}%`,
})

const Column = ({ layout, column, day, links }: { layout: CalendarLayout; column: CalendarColumn; day: string; links: Links }) => (
  <div className="stipple-calendar__column" data-practitioner={column.practitioner ?? 'none'} data-day={day}>
    <h4 className="stipple-calendar__who">{column.name}</h4>
    <div className="stipple-calendar__track">
      {column.offHours.map((span) => (
        <div key={`off-${span.from}`} className="stipple-calendar__off" style={placed(layout, span)} aria-hidden="true" />
      ))}
      {column.timeOff.map((span) => (
        <div key={`time-off-${span.id}`} className="stipple-calendar__blocked" style={placed(layout, span)}>
          <span>
            Time off{span.wholeClinic ? ' (whole clinic)' : ''}: {span.note ?? ''} {clockLabel(span.from)}–{clockLabel(span.to)}
          </span>
        </div>
      ))}
      {column.bookings.map((booking) => {
        const who = booking.firstName ?? 'Erased visitor'
        return (
          <article key={booking.id} className={`stipple-calendar__booking stipple-calendar__booking--${booking.status}`} style={placed(layout, booking)} data-booking={booking.id} data-starts={clockLabel(booking.from)}>
            <a href={`${links.admin}/collections/bookings/${booking.id}`}>
              <strong>{booking.label}</strong> {who} · {booking.typeName} · <span className="stipple-calendar__status">{labelOf(BOOKING_STATUSES, booking.status)}</span>
            </a>
            {booking.lead !== null && (
              <a className="stipple-calendar__lead" href={`${links.admin}/collections/leads/${booking.lead}`}>
                Lead
              </a>
            )}
            {booking.outcomeAllowed && <BookingOutcome api={links.api} booking={booking.id} status={booking.status} who={`${who}, ${booking.label}`} />}
          </article>
        )
      })}
    </div>
  </div>
)

/** The days side by side, each with a column per practitioner; the hours shown run down the left. */
export const CalendarGrid = ({ layout, links, mode }: { layout: CalendarLayout; links: Links; mode: 'day' | 'week' }) => (
  <div className={`stipple-calendar__grid stipple-calendar__grid--${mode}`} style={{ '--stipple-calendar-hours': layout.hours.length } as CSSProperties}>
    <div className="stipple-calendar__hours" aria-hidden="true">
      <div className="stipple-calendar__who" />
      <div className="stipple-calendar__track">
        {layout.hours.map((minute) => (
          <span key={minute} style={placed(layout, { from: minute, to: minute + 60 })}>
            {clockLabel(minute)}
          </span>
        ))}
      </div>
    </div>
    {layout.days.map((day) => (
      <section key={day.day} className="stipple-calendar__day" aria-label={day.label}>
        <h3>{day.label}</h3>
        <div className="stipple-calendar__columns">
          {day.columns.map((column) => (
            <Column key={`${day.day}-${column.practitioner}`} layout={layout} column={column} day={day.day} links={links} />
          ))}
        </div>
      </section>
    ))}
  </div>
)
