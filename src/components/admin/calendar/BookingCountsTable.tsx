import type { BookingCounts } from '@/lib/booking/bookingCounts'
import { BOOKING_STATUSES } from '@/lib/booking/statuses'

/** Bookings per clinic and status: numbers only, for whoever may not see the bookings themselves. */
export const BookingCountsTable = ({ counts, caption }: { counts: BookingCounts; caption: string }) => (
  <table className="stipple-calendar__counts">
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Clinic</th>
        {BOOKING_STATUSES.map(({ label, value }) => (
          <th key={value} scope="col">
            {label}
          </th>
        ))}
        <th scope="col">All</th>
      </tr>
    </thead>
    <tbody>
      {counts.clinics.map((row) => (
        <tr key={row.clinic}>
          <th scope="row">{row.name}</th>
          {BOOKING_STATUSES.map(({ value }) => (
            <td key={value}>{row.counts[value]}</td>
          ))}
          <td>{row.total}</td>
        </tr>
      ))}
    </tbody>
  </table>
)
