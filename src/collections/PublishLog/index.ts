import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/basic'
import { isPlatformAdmin } from '@/access/roles'

export const PUBLISH_ACTIONS = [
  { label: 'Published', value: 'published' },
  { label: 'Unpublished', value: 'unpublished' },
] as const

/** Who published or unpublished what, and when: written by the system, read by platform admins. */
export const PublishLog: CollectionConfig = {
  slug: 'publish-log',
  labels: { singular: 'Publishing entry', plural: 'Publishing log' },
  admin: { group: 'System', useAsTitle: 'title', defaultColumns: ['action', 'collectionName', 'title', 'by', 'createdAt'] },
  defaultSort: '-createdAt',
  access: { read: ({ req }) => isPlatformAdmin(req.user), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'action', type: 'select', required: true, options: [...PUBLISH_ACTIONS], admin: { readOnly: true } },
    { name: 'collectionName', label: 'Kind', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'document', label: 'Document number', type: 'number', required: true, index: true, admin: { readOnly: true } },
    { name: 'title', type: 'text', admin: { readOnly: true } },
    { name: 'clinic', type: 'relationship', relationTo: 'clinics', admin: { readOnly: true } },
    { name: 'by', type: 'relationship', relationTo: 'users', admin: { readOnly: true, description: 'Empty when a scheduled publish did it.' } },
  ],
}
