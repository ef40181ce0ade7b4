import type { CollectionConfig } from 'payload'

import {
  brandTeamOrOwners,
  checkClinicOwnership,
  editBrandWideOrOwnClinic,
  readPublishedBrandWideOrOwnClinic,
  versionsOfBrandWideOrOwnClinic,
} from '@/access/brandWideOrOwnClinic'
import { editorialVersions } from '@/fields/editorialVersions'
import { logPublishing } from '@/lib/editorial/publishLog'
import { optionalClinicField } from '@/fields/optionalClinic'

import { FAQ_CATEGORIES } from './categories'
import { revalidateFaqs } from './hooks/revalidateFaqs'

const writeFaqs = editBrandWideOrOwnClinic({ marketingAllClinics: false })

/** Questions visitors ask: brand-wide answers by marketing, plus each clinic's local ones by its owner. */
export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'category', 'clinic', 'order'], group: 'Brand content' },
  defaultSort: 'order',
  versions: editorialVersions(),
  access: {
    read: readPublishedBrandWideOrOwnClinic,
    readVersions: versionsOfBrandWideOrOwnClinic,
    create: brandTeamOrOwners,
    update: writeFaqs,
    delete: writeFaqs,
  },
  hooks: {
    beforeValidate: [checkClinicOwnership({ marketingAllClinics: false })],
    ...revalidateFaqs,
    afterChange: [...revalidateFaqs.afterChange, logPublishing('faqs', 'question')],
  },
  fields: [
    { name: 'question', type: 'text', required: true, maxLength: 200 },
    { name: 'answer', type: 'richText', required: true },
    { name: 'category', type: 'select', required: true, defaultValue: 'treatment', options: [...FAQ_CATEGORIES] },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar', description: 'Lower comes first.' } },
    optionalClinicField(),
  ],
}
