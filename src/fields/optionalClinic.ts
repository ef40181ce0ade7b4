import type { RelationshipField } from 'payload'

/**
 * For content that is either brand-wide (left empty) or one clinic's own. Collections whose rows
 * always belong to a clinic get their `clinic` field from the multi-tenant plugin instead.
 */
export const optionalClinicField = (): RelationshipField => ({
  name: 'clinic',
  type: 'relationship',
  relationTo: 'clinics',
  index: true,
  admin: { position: 'sidebar', description: 'Leave empty for brand-wide content shown at every clinic.' },
})
