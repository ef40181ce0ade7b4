import type { CollectionBeforeChangeHook } from 'payload'

type Note = { id?: string | null; text?: string | null; author?: unknown; writtenAt?: string | null }

/**
 * A note says who wrote it and when, and nobody else may say so: a note that is new, or whose text
 * changed, is signed by the person saving it, now; an unchanged note keeps its author and time.
 * Writes without a person (the nightly anonymisation, the seed) keep what they write.
 */
export const stampNotes: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || req.user.collection !== 'users' || !Array.isArray(data.notes)) return data
  const before = new Map(((originalDoc?.notes ?? []) as Note[]).filter((note) => note.id).map((note) => [note.id, note]))
  const now = new Date().toISOString()
  data.notes = (data.notes as Note[]).map((note) => {
    const earlier = note.id ? before.get(note.id) : undefined
    if (earlier && earlier.text === note.text) return { ...note, author: earlier.author ?? null, writtenAt: earlier.writtenAt ?? null }
    return { ...note, author: req.user!.id, writtenAt: now }
  })
  return data
}
