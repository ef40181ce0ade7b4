import { headers as requestHeaders } from 'next/headers'
import { executeAuthStrategies, type ServerProps } from 'payload'

import { CONVERSION_WINDOW_DAYS, leadStats } from '@/lib/leads/stats'

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 })

/**
 * Dashboard panel: new leads per clinic this week and which sources turn into consultations.
 * The numbers come from `leadStats`, read with the signed-in person's own access.
 */
export const LeadsThisWeek = async ({ payload }: ServerProps) => {
  // The full principal (not the read-filtered `user` prop) decides what may be read.
  const { user } = await executeAuthStrategies({ headers: await requestHeaders(), payload, canSetHeaders: false })
  const stats = await leadStats(payload, user, new Date())
  if (!stats) return null
  const leadsList = `${payload.config.routes.admin}/collections/leads`

  return (
    <section className="stipple-leads-week" aria-labelledby="stipple-leads-week-title">
      <h2 id="stipple-leads-week-title">Leads this week</h2>
      <p>
        {stats.newThisWeek} new {stats.newThisWeek === 1 ? 'lead' : 'leads'} since {day.format(new Date(stats.weekSince))}, spam left out.{' '}
        <a href={leadsList}>Open the leads</a>
      </p>
      {stats.perClinic.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Clinic</th>
              <th scope="col">New leads</th>
            </tr>
          </thead>
          <tbody>
            {stats.perClinic.map((row) => (
              <tr key={row.clinic}>
                <th scope="row">{row.name}</th>
                <td>{row.newLeads}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Conversion by source, last {CONVERSION_WINDOW_DAYS} days</h3>
      {stats.bySource.length === 0 ? (
        <p>No leads in that time.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Leads</th>
              <th scope="col">Consultation booked, held or treated</th>
              <th scope="col">Conversion</th>
            </tr>
          </thead>
          <tbody>
            {stats.bySource.map((row) => (
              <tr key={row.source}>
                <th scope="row">{row.source}</th>
                <td>{row.leads}</td>
                <td>{row.converted}</td>
                <td>{percent.format(row.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
