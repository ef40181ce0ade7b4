import type { CollectionConfig, Field } from 'payload'
import { email } from 'payload/shared'

import { nobody, systemKept } from '@/access/basic'
import { LEAD_FIELDS, LEAD_PHOTOS, LEAD_SOURCE_FIELDS } from '@/lib/leads/fields'
import { LEAD_STATUSES, PREFERRED_CONTACTS, PREFERRED_TIMES } from '@/lib/leads/options'
import { STAGE_OPTIONS } from '@/lib/prices/stages'

import { exportLeadsCsv } from './endpoints/exportCsv'
import { cancelBookingsOfErasedLead } from './hooks/cancelBookings'
import { eraseLeadPhotosAndLog } from './hooks/eraseLead'
import { eraseReviewsOfLead } from './hooks/eraseReviews'
import { requestReviews } from './hooks/requestReviews'
import { stampNotes } from './hooks/stampNotes'
import { eraseLeads, leadPersonalDataReaders, readLeads, workLeads } from './access'

export { LEAD_STATUSES }

const personal = (field: Field): Field => ({
  ...field,
  access: { ...('access' in field ? field.access : {}), read: leadPersonalDataReaders },
} as Field)

/** What only the platform writes (intake, spam checks, anonymisation): shown, never changed through the APIs. */
const systemField = { create: systemKept, update: systemKept }

/** Consultation requests from a clinic's site. Created only by the lead endpoint, never by the public API. */
export const Leads: CollectionConfig = {
  slug: 'leads',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'treatmentOfInterest', 'hairLossStage', 'createdAt'],
    group: 'Leads',
    listSearchableFields: ['name', 'email', 'phone'],
    // "Export CSV" above the list, for the people who may export (see `mayExportLeads`).
    components: { beforeListTable: ['/components/admin/ExportLeadsButton#ExportLeadsButton'] },
  },
  defaultSort: '-createdAt',
  endpoints: [exportLeadsCsv],
  hooks: { beforeChange: [stampNotes], afterChange: [requestReviews], beforeDelete: [cancelBookingsOfErasedLead, eraseReviewsOfLead], afterDelete: [eraseLeadPhotosAndLog] },
  access: { read: readLeads, create: nobody, update: workLeads, delete: eraseLeads },
  fields: [
    personal({ name: 'name', type: 'text', required: true, maxLength: LEAD_FIELDS.name.maxLength }),
    personal({
      name: 'email',
      type: 'email',
      required: true,
      // Payload's email field has no maxLength of its own.
      validate: (value, args) =>
        typeof value === 'string' && value.length > LEAD_FIELDS.email.maxLength ? `At most ${LEAD_FIELDS.email.maxLength} characters.` : email(value, args),
    }),
    personal({ name: 'phone', type: 'text', required: true, maxLength: LEAD_FIELDS.phone.maxLength }),
    {
      type: 'row',
      fields: [
        {
          name: 'preferredContact',
          type: 'select',
          required: true,
          defaultValue: 'phone',
          options: [...PREFERRED_CONTACTS],
        },
        {
          name: 'preferredTime',
          type: 'select',
          defaultValue: 'any',
          options: [...PREFERRED_TIMES],
        },
      ],
    },
    { name: 'treatmentOfInterest', type: 'relationship', relationTo: 'treatments' },
    // The stage the visitor chose in the form or the guided check (/check): health data, like the concern.
    personal({ name: 'hairLossStage', label: 'Hair loss (stage)', type: 'select', options: [...STAGE_OPTIONS] }),
    personal({ name: 'concern', label: 'Hair loss, in their words', type: 'textarea', maxLength: LEAD_FIELDS.concern.maxLength }),
    personal({ name: 'photos', type: 'upload', relationTo: 'lead-photos', hasMany: true, maxRows: LEAD_PHOTOS.max, access: systemField, admin: { readOnly: true } }),
    {
      type: 'row',
      fields: [
        {
          name: 'privacyConsent',
          type: 'checkbox',
          required: true,
          access: { update: () => false },
          validate: (value: unknown) => (value === true ? true : 'A lead needs the visitor’s consent to the privacy notice.'),
        },
        { name: 'marketingOptIn', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: [...LEAD_STATUSES],
      admin: { position: 'sidebar' },
    },
    {
      name: 'spamReason',
      label: 'Why this was filed as spam',
      type: 'text',
      access: systemField,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.spamReason) },
    },
    {
      name: 'anonymisedAt',
      label: 'Anonymised on',
      type: 'date',
      access: systemField,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.anonymisedAt) },
    },
    {
      // One key per visit and content: a double click or a network retry finds the lead it already made.
      name: 'submissionKey',
      type: 'text',
      unique: true,
      index: true,
      access: { read: () => false, ...systemField },
      admin: { hidden: true },
    },
    {
      // The form token's id: a token is good for one lead (docs/decisions/0014), across every instance.
      name: 'formNonce',
      type: 'text',
      unique: true,
      access: { read: () => false, ...systemField },
      admin: { hidden: true },
    },
    {
      name: 'notes',
      label: 'Internal notes',
      type: 'array',
      access: { read: leadPersonalDataReaders },
      fields: [
        { name: 'text', type: 'textarea', required: true, maxLength: 2000 },
        // Signed by the server (`stampNotes`) with whoever wrote the note, and when.
        { name: 'author', type: 'relationship', relationTo: 'users', access: systemField, admin: { readOnly: true } },
        { name: 'writtenAt', type: 'date', defaultValue: () => new Date().toISOString(), access: systemField, admin: { readOnly: true } },
      ],
    },
    {
      name: 'source',
      label: 'Where the lead came from',
      type: 'group',
      access: systemField,
      admin: { readOnly: true },
      fields: [
        { name: 'landingPage', type: 'text', maxLength: LEAD_SOURCE_FIELDS.landingPage.maxLength },
        { name: 'referrer', type: 'text', maxLength: LEAD_SOURCE_FIELDS.referrer.maxLength },
        {
          type: 'row',
          fields: (['utmSource', 'utmMedium', 'utmCampaign', 'utmTerm', 'utmContent'] as const).map((name) => ({
            name,
            type: 'text' as const,
            maxLength: LEAD_SOURCE_FIELDS[name].maxLength,
          })),
        },
      ],
    },
  ],
}
