import type { BeforeListTableServerProps } from 'payload'

import { mayExportLeads } from '@/collections/Leads/access'

import { ExportLeadsLink } from './ExportLeadsLink'

/**
 * "Export CSV" above the leads list, for the people who may export (not brand marketing, who
 * count leads but may not take their personal data away). The endpoint checks again on download.
 */
export const ExportLeadsButton = ({ payload, user }: BeforeListTableServerProps) => {
  if (!mayExportLeads(user)) return null
  return (
    <div className="stipple-export-leads">
      <ExportLeadsLink href={`${payload.config.routes.api}/leads/export.csv`} />
    </div>
  )
}
