import type { Access, AccessResult, FieldAccess } from 'payload'

import { belongsToClinic, clinicsOfUser } from '@/access/clinicsOfUser'
import { isFranchiseOwner, isPlatformAdmin, roleOf, worksAcrossClinics } from '@/access/roles'

/** Visitors see live clinics; brand staff see all; clinic people see their own clinics only. */
export const readClinics: Access = ({ req }): AccessResult => {
  if (worksAcrossClinics(req.user)) return true
  if (roleOf(req.user)) {
    const ids = clinicsOfUser(req.user)
    return ids.length > 0 ? { id: { in: ids } } : false
  }
  return { status: { equals: 'live' } }
}

/** Franchise owners edit their own clinic's profile; platform admins edit any. */
export const updateOwnClinic: Access = ({ req }): AccessResult => {
  if (isPlatformAdmin(req.user)) return true
  if (!isFranchiseOwner(req.user)) return false
  const ids = clinicsOfUser(req.user)
  return ids.length > 0 ? { id: { in: ids } } : false
}

/** Fields only the platform decides: a clinic's address on the web and whether it is live. */
export const platformAdminField: FieldAccess = ({ req }) => isPlatformAdmin(req.user)

/** Where a clinic's leads are e-mailed is for that clinic and the platform, not the public. */
export const clinicMembersOfThisClinic: FieldAccess = ({ req, doc, id }) =>
  isPlatformAdmin(req.user) || belongsToClinic(req.user, (doc as { id?: number } | undefined)?.id ?? id)
