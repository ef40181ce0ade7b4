import type { Where } from 'payload'

/** Only what an editor has published, never drafts. */
export const publishedOnly: Where = { _status: { equals: 'published' } }
