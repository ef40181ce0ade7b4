import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, FieldAccess, FilterOptions } from 'payload'

import { publishedOrBrandTeamOrClinicMembers, versionsOfBrandTeamOrClinicMembers } from '@/access/clinicRows'
import { brandTeamOrOwners } from '@/access/brandWideOrOwnClinic'
import { idOf } from '@/lib/relationships'
import { worksAcrossClinics } from '@/access/roles'
import { slugField } from '@/fields/slug'
import { editorialVersions } from '@/fields/editorialVersions'
import { logPublishing } from '@/lib/editorial/publishLog'

import { NORWOOD_STAGES } from '../Treatments'
import { consentDocumentReaders, consentRecorders, deleteCaseStudies, editCaseStudies, publishesCaseStudies } from './access'
import { notifyReview } from './hooks/notifyReview'
import { onlyBrandPublishes } from './hooks/onlyBrandPublishes'
import { onlyDraftsOnLiveResults } from './hooks/onlyDraftsOnLiveResults'
import { requireConsentToPublish } from './hooks/requireConsentToPublish'
import { requireMatchingFraming } from './hooks/requireMatchingFraming'
import { requireOwnClinicPhotos } from './hooks/requireOwnClinicPhotos'
import { returnToReviewWhenScheduledChanges } from './hooks/returnToReviewWhenScheduledChanges'
import { reviewWorkflow } from './hooks/reviewWorkflow'
import { revalidateResults } from './hooks/revalidateResults'

export const FITZPATRICK_TYPES = ['1', '2', '3', '4', '5', '6'].map((value) => ({ label: `Type ${value}`, value }))
export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'].map((value) => ({ label: value, value }))

export const REVIEW_STATES = [
  { label: 'Not submitted', value: 'notSubmitted' },
  { label: 'Submitted for review', value: 'submitted' },
  { label: 'Changes requested', value: 'changesRequested' },
  { label: 'Approved', value: 'approved' },
] as const

const brandTeamWrites: FieldAccess = ({ req }) => worksAcrossClinics(req.user)

/** The photo picker offers the case study's own clinic's images (see `requireOwnClinicPhotos`). */
const ownClinicImages: FilterOptions = ({ data }) => {
  const clinic = idOf(data?.clinic)
  return clinic === undefined ? false : { clinic: { equals: clinic } }
}

/** Before/after results of one clinic's client; owners draft them, brand marketing publishes. */
export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'clinic', 'treatment', '_status'], group: 'Results' },
  versions: editorialVersions(),
  // Who publishes (and schedules) case studies: narrower than who edits them.
  custom: { mayPublish: publishesCaseStudies },
  access: {
    read: publishedOrBrandTeamOrClinicMembers,
    readVersions: versionsOfBrandTeamOrClinicMembers,
    create: brandTeamOrOwners,
    update: editCaseStudies,
    delete: deleteCaseStudies,
  },
  hooks: {
    beforeOperation: [onlyDraftsOnLiveResults],
    beforeChange: [onlyBrandPublishes, reviewWorkflow, returnToReviewWhenScheduledChanges, requireConsentToPublish, requireOwnClinicPhotos, requireMatchingFraming],
    ...revalidateResults,
    afterChange: [...revalidateResults.afterChange, logPublishing('case-studies', 'title'), notifyReview],
  },
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
            { name: 'before', type: 'upload', relationTo: 'media', required: true, filterOptions: ownClinicImages },
            { name: 'after', type: 'upload', relationTo: 'media', required: true, filterOptions: ownClinicImages },
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
    {
      name: 'story',
      type: 'richText',
      // The client's photos belong in the image pairs, where the consent covers them and they stay
      // private until publication; the story embeds none.
      editor: lexicalEditor({ features: ({ rootFeatures }) => rootFeatures.filter((feature) => feature.key !== 'upload') }),
    },
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
      // The review loop: an owner submits a draft, brand marketing publishes it or sends it back.
      name: 'review',
      type: 'group',
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'state',
          label: 'Review',
          type: 'select',
          // Not `required`: GraphQL would then demand the whole review group on every update.
          defaultValue: 'notSubmitted',
          options: [...REVIEW_STATES],
        },
        {
          name: 'comment',
          label: 'Comment from brand marketing',
          type: 'textarea',
          maxLength: 2000,
          access: { create: brandTeamWrites, update: brandTeamWrites },
          admin: { description: 'Why it went back, for the clinic to fix.' },
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
