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

import { ensureSlugUniquePerClinic } from './hooks/ensureSlugUniquePerClinic'
import { revalidatePages } from './hooks/revalidatePages'

/** A clinic's own pages (offers, open days, local news), composed from blocks by its owner. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'clinic', '_status'], group: 'Clinics' },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrBrandTeamOrClinicMembers,
    readVersions: versionsOfBrandTeamOrClinicMembers,
    create: platformAdminsOrOwners,
    update: platformAdminsOrClinicOwners,
    delete: platformAdminsOrClinicOwners,
  },
  hooks: { beforeValidate: [ensureSlugUniquePerClinic], ...revalidatePages },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField({ from: 'title' }),
    { name: 'layout', type: 'blocks', required: true, minRows: 1, blocks: PAGE_BLOCKS },
    seoField(),
  ],
}
