import type { Access, AccessResult, FieldAccess } from 'payload'

import { clinicsOfUser } from '@/access/clinicsOfUser'
import { isFranchiseOwner, isPlatformAdmin, roleOf, worksAcrossClinics } from '@/access/roles'

/** Everyone sees their own account; owners also see the people of their clinics; admins see all. */
export const readUsers: Access = ({ req }): AccessResult => {
  if (isPlatformAdmin(req.user)) return true
  if (!roleOf(req.user) || !req.user) return false
  const self = { id: { equals: req.user.id } }
  if (!isFranchiseOwner(req.user)) return self
  const ids = clinicsOfUser(req.user)
  return ids.length > 0 ? { or: [self, { 'clinics.clinic': { in: ids } }] } : self
}

/** Admins create anyone; owners create people for their own clinics (checked by `guardRoleAndClinics`). */
export const createUsers: Access = ({ req }): AccessResult => isPlatformAdmin(req.user) || isFranchiseOwner(req.user)

/** The same people one may read, one may edit: oneself, and for owners their clinics' people. */
export const updateUsers: Access = readUsers

/** Owners may remove people of their clinics, but not themselves; admins anyone. */
export const deleteUsers: Access = ({ req }): AccessResult => {
  if (isPlatformAdmin(req.user)) return true
  if (!isFranchiseOwner(req.user) || !req.user) return false
  const ids = clinicsOfUser(req.user)
  return ids.length > 0
    ? { and: [{ 'clinics.clinic': { in: ids } }, { id: { not_equals: req.user.id } }] }
    : false
}

/**
 * Who may write a person's `clinics` (the multi-tenant plugin's array field): brand staff, as the
 * plugin's default allows, and franchise owners — whose choice `guardRoleAndClinics` holds to their
 * own clinics. Without owners here the plugin drops the value and an owner can add nobody.
 */
export const assignClinics: FieldAccess = ({ req }) => worksAcrossClinics(req.user) || isFranchiseOwner(req.user)
