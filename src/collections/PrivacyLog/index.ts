import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/basic'
import { platformAdminsOrClinicOwners } from '@/access/clinicRows'

export const PRIVACY_ACTIONS = [
  { label: 'Lead erased on request', value: 'leadErased' },
  { label: 'Lead anonymised after the retention period', value: 'leadAnonymised' },
  { label: 'Leads exported', value: 'leadsExported' },
] as const

/**
 * What happened to personal data, for the clinic (the data controller) to show on request. An
 * entry names the lead by number only: keeping the person's name here would undo the erasure.
 */
export const PrivacyLog: CollectionConfig = {
  slug: 'privacy-log',
  labels: { singular: 'Privacy log entry', plural: 'Privacy log' },
  admin: { group: 'Leads', useAsTitle: 'action', defaultColumns: ['action', 'lead', 'count', 'by', 'createdAt'] },
  defaultSort: '-createdAt',
  // Written by the system only, and never changed: an audit trail that can be edited is no audit trail.
  access: { read: platformAdminsOrClinicOwners, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'action', type: 'select', required: true, options: [...PRIVACY_ACTIONS], admin: { readOnly: true } },
    { name: 'lead', label: 'Lead number', type: 'number', admin: { readOnly: true } },
    { name: 'count', label: 'Leads affected', type: 'number', admin: { readOnly: true } },
    { name: 'by', type: 'relationship', relationTo: 'users', admin: { readOnly: true, description: 'Empty when the system did it.' } },
  ],
}
