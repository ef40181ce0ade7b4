import type { Access, CollectionBeforeChangeHook, SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig, Where } from 'payload'

import { nobody, platformAdmins } from './basic'
import { changeEditLocks, createEditLocks, readEditLocks } from './editLocks'
import { isPlatformAdmin } from './roles'

/*
 * Payload adds collections and a global of its own (jobs, edit locks, admin preferences,
 * migrations, a key-value store, job statistics) after every plugin has run, with defaults that
 * let any signed-in person read and write several of them. Their rules are stated here, once.
 */

/** A person's own admin preferences (columns, open groups, last tab): Payload's rule, stated here. */
export const ownPreferences: Access = ({ req }) => {
  if (!req.user) return false
  const own: Where[] = [{ 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }]
  return { and: own }
}

export const signedIn: Access = ({ req }) => Boolean(req.user)

type Rules = Partial<Record<'read' | 'create' | 'update' | 'delete', Access>>

export const INTERNAL_COLLECTION_RULES: Record<string, Rules> = {
  // Jobs carry ids only; platform admins may look at the queue, the platform alone writes it.
  'payload-jobs': { read: platformAdmins, create: nobody, update: nobody, delete: nobody },
  // Who is editing what: see `editLocks.ts`.
  'payload-locked-documents': { read: readEditLocks, create: createEditLocks, update: changeEditLocks, delete: changeEditLocks },
  'payload-preferences': { read: ownPreferences, create: signedIn, update: ownPreferences, delete: ownPreferences },
  // Which migrations ran: platform admins may look; only `payload migrate` writes.
  'payload-migrations': { read: platformAdmins, create: nobody, update: nobody, delete: nobody },
  // Payload's own key-value store: the platform's code only.
  'payload-kv': { read: nobody, create: nobody, update: nobody, delete: nobody },
}

export const INTERNAL_GLOBAL_RULES: Record<string, Pick<Rules, 'read' | 'update'>> = {
  // When each scheduled task last ran: written by the jobs runner; a change could stop the nightly anonymisation.
  'payload-jobs-stats': { read: platformAdmins, update: nobody },
}

/** A lock taken over through the API is held by whoever took it, never by someone they name. */
const heldBySelf: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && !isPlatformAdmin(req.user)) data.user = { relationTo: req.user.collection, value: req.user.id }
  return data
}

const isInternal = (slug: string) => slug.startsWith('payload-')

const withRules = (entity: SanitizedCollectionConfig | SanitizedGlobalConfig, rules: Rules | undefined) => {
  // A Payload feature switched on later brings a collection no one has decided about: stop there.
  if (!rules) throw new Error(`Payload's own "${entity.slug}" has no access rules in src/access/internal.ts; add them before using it.`)
  Object.assign(entity.access, rules)
}

/** The sanitised config, with every internal collection and global under the rules above. */
export const withInternalAccess = async (config: Promise<SanitizedConfig>): Promise<SanitizedConfig> => {
  const sanitized = await config
  for (const collection of sanitized.collections.filter((entry) => isInternal(entry.slug))) {
    withRules(collection, INTERNAL_COLLECTION_RULES[collection.slug])
    if (collection.slug === 'payload-locked-documents') collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), heldBySelf]
  }
  for (const global of sanitized.globals.filter((entry) => isInternal(entry.slug))) withRules(global, INTERNAL_GLOBAL_RULES[global.slug])
  return sanitized
}
