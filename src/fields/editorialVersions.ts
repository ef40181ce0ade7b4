import type { CollectionConfig } from 'payload'

/**
 * Drafts that save themselves while an editor types (with a "Save draft" button as well, for
 * people who look for one), a history of 50 versions to compare and restore, and publishing or
 * unpublishing at a chosen time (run by the jobs worker).
 */
export const editorialVersions = (): NonNullable<CollectionConfig['versions']> => ({
  drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 } },
  maxPerDoc: 50,
})
