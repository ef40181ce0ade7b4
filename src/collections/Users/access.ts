import type { Access, AccessResult, FieldAccess, PayloadRequest, Where } from 'payload'

import { clinicsOfUser } from '@/access/clinicsOfUser'
import { idOf } from '@/lib/relationships'
import { CLINIC_ROLES, isFranchiseOwner, isPlatformAdmin, type Role, roleOf, worksAcrossClinics } from '@/access/roles'

/** Matches no row: for rules that must answer with a query (the admin reads with them). */
const noOne: Where = { id: { exists: false } }

/** Everyone sees their own account; owners also see the people of their clinics; admins see all. */
export const readUsers: Access = ({ req }): AccessResult => {
  if (isPlatformAdmin(req.user)) return true
  if (!roleOf(req.user) || !req.user) return false
  const self = { id: { equals: req.user.id } }
  if (!isFranchiseOwner(req.user)) return self
  const ids = clinicsOfUser(req.user)
  return ids.length > 0 ? { or: [self, { 'clinics.clinic': { in: ids } }] } : self
}

/**
 * The people a franchise owner manages: clinic roles only, with at least one clinic, and every one
 * of their clinics the owner's. Someone who also works for another clinic is that clinic's too, so
 * no single owner may change, remove or unlock them.
 */
export const peopleManagedBy = async (req: PayloadRequest): Promise<number[]> => {
  const own = clinicsOfUser(req.user)
  if (!isFranchiseOwner(req.user) || own.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ 'clinics.clinic': { in: own } }, { role: { in: [...CLINIC_ROLES] } }] },
    select: { clinics: true, role: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
    .filter((person) => {
      const clinics = (person.clinics ?? []).map((row) => idOf(row.clinic))
      return CLINIC_ROLES.includes(person.role as Role) && clinics.length > 0 && clinics.every((clinic) => clinic !== undefined && own.includes(clinic))
    })
    .map((person) => person.id)
}

/** Admins create anyone; owners create people for their own clinics (checked by `guardRoleAndClinics`). */
export const createUsers: Access = ({ req }): AccessResult => isPlatformAdmin(req.user) || isFranchiseOwner(req.user)

/** Everyone edits their own account; owners also the people they manage (see `peopleManagedBy`); admins anyone. */
export const updateUsers: Access = async ({ req }): Promise<AccessResult> => {
  if (isPlatformAdmin(req.user)) return true
  if (!roleOf(req.user) || !req.user) return false
  const self = { id: { equals: req.user.id } }
  const managed = await peopleManagedBy(req)
  return managed.length > 0 ? { or: [self, { id: { in: managed } }] } : self
}

/** Owners may remove the people they manage, but not themselves; admins anyone. */
export const deleteUsers: Access = async ({ req }): Promise<AccessResult> => {
  if (isPlatformAdmin(req.user)) return true
  if (!isFranchiseOwner(req.user) || !req.user) return false
  const managed = (await peopleManagedBy(req)).filter((id) => id !== req.user!.id)
  return managed.length > 0 ? { id: { in: managed } } : false
}

/**
 * Unlocking an account after five wrong passwords: platform admins anyone's; franchise owners the
 * people they manage — never brand marketing, never a platform admin's account.
 */
export const unlockUsers: Access = async ({ req }): Promise<AccessResult> => {
  if (isPlatformAdmin(req.user)) return true
  if (!isFranchiseOwner(req.user)) return false
  const managed = await peopleManagedBy(req)
  return managed.length > 0 ? { id: { in: managed } } : noOne
}

/**
 * Who may write a person's `clinics` (the multi-tenant plugin's array field): brand staff, as the
 * plugin's default allows, and franchise owners — whose choice `guardRoleAndClinics` holds to their
 * own clinics. Without owners here the plugin drops the value and an owner can add nobody.
 */
export const assignClinics: FieldAccess = ({ req }) => worksAcrossClinics(req.user) || isFranchiseOwner(req.user)
