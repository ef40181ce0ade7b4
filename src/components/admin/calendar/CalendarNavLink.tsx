import type { ServerProps } from 'payload'

/** "Booking calendar" in the admin's navigation, for everyone signed in (marketing sees numbers there). */
export const CalendarNavLink = ({ payload }: ServerProps) => (
  <a className="nav__link stipple-calendar-link" href={`${payload.config.routes.admin}/calendar`}>
    <span className="nav__link-label">Booking calendar</span>
  </a>
)
