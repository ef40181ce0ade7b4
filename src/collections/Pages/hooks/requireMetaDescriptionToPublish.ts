import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { isFranchiseOwner } from '@/access/roles'

type Seo = { metaDescription?: string | null }

export const META_DESCRIPTION_MESSAGE =
  'Add a meta description before publishing: search engines show it under the page’s title (Search engines and sharing → Meta description). Saving as a draft works without one.'

/**
 * A franchise owner's page goes live only with the text search engines show under its title.
 * Drafts (autosave included) may go without it. A save that keeps a published page published
 * counts as publishing, and so does a scheduled publish, which runs as the person who scheduled it.
 */
export const requireMetaDescriptionToPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!isFranchiseOwner(req.user)) return data
  // A draft save comes with `_status: 'draft'`; a save without a status keeps the page's status.
  const status = data._status ?? originalDoc?._status
  if (status !== 'published') return data
  const incoming = data.seo as Seo | undefined
  const description = incoming && 'metaDescription' in incoming ? incoming.metaDescription : (originalDoc?.seo as Seo | undefined)?.metaDescription
  if (typeof description === 'string' && description.trim() !== '') return data
  throw new ValidationError({ collection: 'pages', errors: [{ path: 'seo.metaDescription', message: META_DESCRIPTION_MESSAGE }], req })
}
