import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Field, GlobalAfterChangeHook, GlobalConfig, Plugin } from 'payload'

import { canShowMedia, mediaIn } from './mediaIn'
import { refreshCaseStudyPhotos, refreshMediaPrivacy } from './refreshMediaPrivacy'

type Doc = Record<string, unknown> & { _status?: string | null }

const sameImages = (a: Set<number>, b: Set<number>) => a.size === b.size && [...a].every((id) => b.has(id))

/**
 * A case study changes who may see its photos only when its photos or its publication change, so
 * typing its story (autosaved every two seconds) decides nothing. When they do change, every photo
 * it holds or held is decided again: one that just left the live version is not in `doc` any more.
 */
const afterCaseStudyChange =
  (fields: Field[]): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const [now, before] = [mediaIn(fields, doc), mediaIn(fields, previousDoc)]
    if ((doc as Doc)._status !== (previousDoc as Doc | undefined)?._status || !sameImages(now, before)) await refreshCaseStudyPhotos(req, doc.id, [...now, ...before])
    return doc
  }

/** Anything else that shows images (a hero, a logo, a page, rich text) may make one public, or stop doing so. */
const afterShowingChange =
  (fields: Field[]): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    await refreshMediaPrivacy(req, [...mediaIn(fields, doc), ...mediaIn(fields, previousDoc)])
    return doc
  }

const afterShowingDelete =
  (fields: Field[]): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    await refreshMediaPrivacy(req, mediaIn(fields, doc))
    return doc
  }

const afterGlobalChange =
  (fields: Field[]): GlobalAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    await refreshMediaPrivacy(req, [...mediaIn(fields, doc), ...mediaIn(fields, previousDoc)])
    return doc
  }

const withCollectionHooks = (collection: CollectionConfig): CollectionConfig => {
  if (collection.slug === 'media' || !collection.fields.some(canShowMedia)) return collection
  const afterChange = collection.slug === 'case-studies' ? afterCaseStudyChange(collection.fields) : afterShowingChange(collection.fields)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), afterChange], afterDelete: [...(hooks.afterDelete ?? []), afterShowingDelete(collection.fields)] },
  }
}

const withGlobalHooks = (global: GlobalConfig): GlobalConfig => {
  if (!global.fields.some(canShowMedia)) return global
  const hooks = global.hooks ?? {}
  return { ...global, hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), afterGlobalChange(global.fields)] } }
}

/**
 * Keeps every image's `privateUntilPublished` current: every collection and global that can show
 * an image — found from the fields themselves, so one added later is covered — refreshes the
 * images it showed and shows, in the same transaction as its save.
 */
export const keepMediaPrivacy = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map(withCollectionHooks),
  globals: config.globals?.map(withGlobalHooks),
})
