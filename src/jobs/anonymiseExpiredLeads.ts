import type { TaskConfig } from 'payload'

import { anonymiseExpiredLeads } from '@/lib/leads/anonymise'

/** Every night at 03:00 (server time) leads past their clinic's retention period are anonymised. */
export const anonymiseExpiredLeadsTask: TaskConfig<{ input: object; output: { anonymised: number } }> = {
  slug: 'anonymiseExpiredLeads',
  label: 'Anonymise leads past their clinic’s retention period',
  schedule: [{ cron: '0 0 3 * * *', queue: 'maintenance' }],
  retries: 3,
  outputSchema: [{ name: 'anonymised', type: 'number' }],
  handler: async ({ req }) => {
    const done = await anonymiseExpiredLeads(req.payload)
    return { output: { anonymised: Object.values(done).reduce((sum, count) => sum + count, 0) } }
  },
}
