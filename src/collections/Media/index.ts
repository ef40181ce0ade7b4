import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { systemKept } from '@/access/basic'
import { brandTeamOrOwners, checkClinicOwnership, editBrandWideOrOwnClinic } from '@/access/brandWideOrOwnClinic'
import { optionalClinicField } from '@/fields/optionalClinic'
import { ACCEPTED_IMAGE_FORMATS } from '@/lib/images'
import { readEnv } from '@/lib/env'

import { readMedia } from './access'
import { cleanImageUpload } from './hooks/cleanImageUpload'
import { revalidateMedia } from './hooks/revalidateMedia'

const editMedia = editBrandWideOrOwnClinic({ marketingAllClinics: true })

/** Images of the public sites: brand-wide or one clinic's. Never SVG, never with EXIF/GPS. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'clinic'], group: 'Brand content' },
  access: { read: readMedia, create: brandTeamOrOwners, update: editMedia, delete: editMedia },
  hooks: {
    beforeOperation: [cleanImageUpload],
    beforeValidate: [checkClinicOwnership({ marketingAllClinics: true })],
    ...revalidateMedia,
  },
  upload: {
    staticDir: path.resolve(readEnv().mediaDir, 'public'),
    mimeTypes: Object.values(ACCEPTED_IMAGE_FORMATS),
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, withoutEnlargement: true },
      { name: 'hero', width: 1600, withoutEnlargement: true },
      { name: 'openGraph', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      maxLength: 200,
      admin: { description: 'Describe the picture for people who cannot see it.' },
    },
    optionalClinicField(),
    {
      // Kept by the platform (`refreshMediaPrivacy`), never written through the APIs.
      name: 'privateUntilPublished',
      label: 'Private until its case study is published',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: systemKept, update: systemKept },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Set by Stipple: a photo of a case study that is not published is seen only by its clinic and the brand team.',
      },
    },
  ],
}
