import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { platformAdminsOrClinicMembers, platformAdminsOrClinicOwners, platformAdminsOrOwners } from '@/access/clinicRows'
import { storedFilesOnly } from '@/access/storedFilesOnly'
import { ACCEPTED_IMAGE_FORMATS } from '@/lib/images'
import { readEnv } from '@/lib/env'

import { acceptConsentDocuments } from './hooks/acceptConsentDocuments'

/**
 * Signed client consents behind case studies. Private: files are served only through Payload's
 * access-checked file route, to the clinic and platform admins — never to marketing or visitors.
 */
export const ConsentForms: CollectionConfig = {
  slug: 'consent-forms',
  admin: { useAsTitle: 'filename', group: 'Clinics' },
  access: {
    read: storedFilesOnly(platformAdminsOrClinicMembers),
    create: platformAdminsOrOwners,
    update: platformAdminsOrClinicOwners,
    delete: platformAdminsOrClinicOwners,
  },
  hooks: { beforeOperation: [acceptConsentDocuments] },
  upload: {
    staticDir: path.resolve(readEnv().mediaDir, 'private/consent-forms'),
    mimeTypes: ['application/pdf', ...Object.values(ACCEPTED_IMAGE_FORMATS)],
    disableLocalStorage: false,
  },
  fields: [{ name: 'signedOn', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } }],
}
