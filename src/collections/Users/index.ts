import type { CollectionConfig } from 'payload'

import { ROLE_LABELS, ROLES } from '@/access/roles'
import { readEnv } from '@/lib/env'

import { createUsers, deleteUsers, readUsers, unlockUsers, updateUsers } from './access'
import { guardRoleAndClinics } from './hooks/guardRoleAndClinics'

/** People who sign in to the admin. The multi-tenant plugin adds their `clinics`. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Settings' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: readEnv().serverUrl.startsWith('https://') },
  },
  access: { read: readUsers, create: createUsers, update: updateUsers, delete: deleteUsers, unlock: unlockUsers },
  hooks: { beforeChange: [guardRoleAndClinics] },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'clinicStaff',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
  ],
}
