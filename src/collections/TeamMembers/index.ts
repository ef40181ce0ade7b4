import type { CollectionConfig } from 'payload'

import { platformAdminsOrClinicOwners, platformAdminsOrOwners, publicOrClinicMembers } from '@/access/clinicRows'

import { revalidateTeam } from './hooks/revalidateTeam'

/** The practitioners and front-desk people shown on a clinic's About page. */
export const TeamMembers: CollectionConfig = {
  slug: 'team-members',
  labels: { singular: 'Team member', plural: 'Team' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'jobTitle', 'clinic', 'order'], group: 'Clinics' },
  defaultSort: 'order',
  access: {
    read: publicOrClinicMembers,
    create: platformAdminsOrOwners,
    update: platformAdminsOrClinicOwners,
    delete: platformAdminsOrClinicOwners,
  },
  hooks: revalidateTeam,
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'jobTitle', type: 'text', required: true, admin: { placeholder: 'Lead SMP practitioner' } },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'bio', type: 'textarea', maxLength: 800 },
    { name: 'qualifications', type: 'text', admin: { description: 'e.g. Level 3 Award in Micropigmentation' } },
    { name: 'order', type: 'number', defaultValue: 10, admin: { position: 'sidebar' } },
  ],
}
