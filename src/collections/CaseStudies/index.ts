import type { CollectionConfig } from 'payload'

import { publishedOrBrandTeamOrClinicMembers, versionsOfBrandTeamOrClinicMembers } from '@/access/clinicRows'
import { brandTeamOrOwners } from '@/access/brandWideOrOwnClinic'
import { slugField } from '@/fields/slug'

import { NORWOOD_STAGES } from '../Treatments'
import { consentDocumentReaders, consentRecorders, deleteCaseStudies, editCaseStudies } from './access'
import { onlyBrandPublishes } from './hooks/onlyBrandPublishes'
import { requireConsentToPublish } from './hooks/requireConsentToPublish'
import { requireMatchingFraming } from './hooks/requireMatchingFraming'
import { revalidateResults } from './hooks/revalidateResults'

export const FITZPATRICK_TYPES = ['1', '2', '3', '4', '5', '6'].map((value) => ({ label: `Type ${value}`, value }))
export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'].map((value) => ({ label: value, value }))

/** Before/after results of one clinic's client; owners draft them, brand marketing publishes. */
export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'clinic', 'treatment', '_status'], group: 'Results' },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrBrandTeamOrClinicMembers,
    readVersions: versionsOfBrandTeamOrClinicMembers,
    create: brandTeamOrOwners,
    update: editCaseStudies,
    delete: deleteCaseStudies,
  },
  hooks: { beforeChange: [onlyBrandPublishes, requireConsentToPublish, requireMatchingFraming], ...revalidateResults },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField({ from: 'title', unique: true }),
    { name: 'treatment', type: 'relationship', relationTo: 'treatments', required: true },
    { name: 'practitioner', type: 'relationship', relationTo: 'team-members' },
    {
      name: 'brandWide',
      label: 'Show across the brand',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Also show in the brand hub and on other clinics’ results.' },
    },
    {
      name: 'imagePairs',
      label: 'Before and after photos',
      type: 'array',
      minRows: 1,
      maxRows: 6,
      required: true,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'before', type: 'upload', relationTo: 'media', required: true },
            { name: 'after', type: 'upload', relationTo: 'media', required: true },
          ],
        },
        {
          name: 'view',
          type: 'select',
          required: true,
          defaultValue: 'top',
          options: ['top', 'front', 'left', 'right', 'back'].map((value) => ({ label: value, value })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'sessions', type: 'number', required: true, min: 1, max: 10 },
        { name: 'weeksFirstToLast', label: 'Weeks from first to last session', type: 'number', min: 0, max: 104 },
      ],
    },
    {
      name: 'client',
      label: 'Client profile',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'ageBand', type: 'select', options: AGE_BANDS },
            { name: 'norwoodStage', type: 'select', options: NORWOOD_STAGES },
            { name: 'fitzpatrickType', label: 'Skin type (Fitzpatrick)', type: 'select', options: FITZPATRICK_TYPES },
          ],
        },
      ],
    },
    { name: 'story', type: 'richText' },
    {
      name: 'consent',
      label: 'Client consent',
      type: 'group',
      admin: { description: 'Required before publishing. The signed form is visible only to the clinic and platform admins.' },
      fields: [
        { name: 'onRecord', label: 'The client’s written consent is on record', type: 'checkbox', defaultValue: false, access: { create: consentRecorders, update: consentRecorders } },
        { name: 'recordedOn', type: 'date', access: { create: consentRecorders, update: consentRecorders } },
        {
          name: 'document',
          type: 'upload',
          relationTo: 'consent-forms',
          access: { read: consentDocumentReaders, create: consentRecorders, update: consentRecorders },
        },
      ],
    },
    {
      name: 'disclaimer',
      type: 'text',
      required: true,
      defaultValue: 'Individual results vary. Photos show one client’s result and are not a guarantee.',
    },
  ],
}
