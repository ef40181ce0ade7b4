import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { EXPIRED_TAGS_CHANNEL } from './channels.cjs'
import { tagsExpiredOutsideNext } from './revalidate'

// NOTIFY payloads must stay under 8000 bytes.
const TAGS_PER_NOTICE = 40

/**
 * Announces the tags expired outside Next so far on PostgreSQL's channel, which every app process
 * listens to (postgresExpiries.cjs). Call it after the changes are committed: an app
 * process re-renders the page as soon as it hears, and must then read the new data.
 */
export const announceExpiredTags = async (payload: Payload): Promise<number> => {
  const tags = tagsExpiredOutsideNext.take()
  const { drizzle } = payload.db as unknown as PostgresAdapter
  for (let start = 0; start < tags.length; start += TAGS_PER_NOTICE) {
    try {
      await drizzle.execute(sql`SELECT pg_notify(${EXPIRED_TAGS_CHANNEL}, ${JSON.stringify(tags.slice(start, start + TAGS_PER_NOTICE))})`)
    } catch (error) {
      // Told on the next try instead; until then those pages show the earlier content.
      tagsExpiredOutsideNext.putBack(tags.slice(start))
      throw error
    }
  }
  return tags.length
}
