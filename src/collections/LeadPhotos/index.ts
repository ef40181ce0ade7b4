import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/basic'
import { storedFilesOnly } from '@/access/storedFilesOnly'
import { ACCEPTED_IMAGE_FORMATS } from '@/lib/images'
import { readEnv } from '@/lib/env'
import { LEAD_PHOTOS } from '@/lib/leads/fields'
import { PHOTO_VIEW_OPTIONS } from '@/lib/leads/photoViews'

import { eraseLeads, workLeads } from '../Leads/access'

/**
 * Photos a visitor attaches to a consultation request. They are health data: stored outside the
 * public media folder and served only through Payload's file route, which checks `read` — a
 * photo's address is useless without a session of the lead's clinic.
 */
export const LeadPhotos: CollectionConfig = {
  slug: 'lead-photos',
  labels: { singular: 'Lead photo', plural: 'Lead photos' },
  admin: { group: 'Leads', hidden: true },
  // Only the intake writes photos (with its own checks); the clinic reads them with the lead.
  access: { read: storedFilesOnly(workLeads), create: nobody, update: nobody, delete: eraseLeads },
  upload: {
    staticDir: path.resolve(readEnv().mediaDir, 'private', 'lead-photos'),
    mimeTypes: Object.values(ACCEPTED_IMAGE_FORMATS),
    // Browsers must never keep a copy of someone's scalp photo in a shared cache.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
    // The intake makes these itself (src/lib/leads/photos.ts); this size is what the admin expects.
    imageSizes: [{ name: 'thumbnail', ...LEAD_PHOTOS.thumbnail, position: 'centre' }],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    // Which guided slot of the form it was sent in (front, top, …); empty for a photo sent without one.
    { name: 'view', label: 'View of the head', type: 'select', options: [...PHOTO_VIEW_OPTIONS], access: { update: () => false }, admin: { readOnly: true } },
  ],
}
