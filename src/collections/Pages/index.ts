import type { CollectionConfig } from 'payload'

import {
  platformAdminsOrClinicOwners,
  platformAdminsOrOwners,
  publishedOrBrandTeamOrClinicMembers,
  versionsOfBrandTeamOrClinicMembers,
} from '@/access/clinicRows'
import { PAGE_BLOCKS } from '@/blocks'
import { seoField } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { editorialVersions } from '@/fields/editorialVersions'
import { logPublishing } from '@/lib/editorial/publishLog'

import { ensureSlugUniquePerClinic } from './hooks/ensureSlugUniquePerClinic'
import { requireMetaDescriptionToPublish } from './hooks/requireMetaDescriptionToPublish'
import { revalidatePages } from './hooks/revalidatePages'

/** A clinic's own pages (offers, open days, local news), composed from blocks by its owner. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'clinic', '_status'], group: 'Clinics' },
  versions: editorialVersions(),
  access: {
    read: publishedOrBrandTeamOrClinicMembers,
    readVersions: versionsOfBrandTeamOrClinicMembers,
    create: platformAdminsOrOwners,
    update: platformAdminsOrClinicOwners,
    delete: platformAdminsOrClinicOwners,
  },
  hooks: {
    beforeValidate: [ensureSlugUniquePerClinic],
    beforeChange: [requireMetaDescriptionToPublish],
    ...revalidatePages,
    afterChange: [...revalidatePages.afterChange, logPublishing('pages', 'title')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField({ from: 'title' }),
    { name: 'layout', type: 'blocks', required: true, minRows: 1, blocks: PAGE_BLOCKS },
    seoField(),
  ],
}
