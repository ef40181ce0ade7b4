import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { clinicsOfUser } from '@/access/clinicsOfUser'
import { CLINIC_ROLES, isFranchiseOwner, isPlatformAdmin, type Role, ROLE_LABELS } from '@/access/roles'

const refuse = (path: string, message: string): never => {
  throw new ValidationError({ errors: [{ message, path }] })
}

/**
 * Nobody hands themselves more power: owners give only clinic roles, only for their own clinics;
 * everyone else keeps the role and clinics the platform gave them.
 */
export const guardRoleAndClinics: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const actor = req.user
  if (!actor || isPlatformAdmin(actor)) return data

  const role = (data.role ?? originalDoc?.role) as Role | undefined
  const clinics = clinicsOfUser({ ...actor, clinics: data.clinics ?? originalDoc?.clinics ?? [] })

  if (isFranchiseOwner(actor)) {
    if (!role || !CLINIC_ROLES.includes(role))
      refuse('role', `A franchise owner can give only the roles ${CLINIC_ROLES.map((r) => ROLE_LABELS[r]).join(' or ')}.`)
    const own = clinicsOfUser(actor)
    if (clinics.length === 0) refuse('clinics', 'Choose at least one of your clinics for this person.')
    if (clinics.some((id) => !own.includes(id))) refuse('clinics', 'You can add people only to your own clinics.')
    return data
  }

  if (operation === 'create') refuse('role', 'Only platform admins and franchise owners can add people.')
  if (data.role !== undefined && data.role !== originalDoc?.role) refuse('role', 'Only a platform admin can change your role.')
  const before = clinicsOfUser({ ...actor, clinics: originalDoc?.clinics ?? [] })
  if (data.clinics !== undefined && [...clinics].sort().join() !== [...before].sort().join())
    refuse('clinics', 'Only a platform admin or your franchise owner can change your clinics.')
  return data
}
