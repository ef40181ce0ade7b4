import type { Access, Where } from 'payload'

import { clinicsOfUser } from './clinicsOfUser'
import { isClinicStaff, isFranchiseOwner, isPlatformAdmin, roleOf, worksAcrossClinics } from './roles'

/** Rows whose `clinic` is one of the user's clinics; `false` when the user has none. */
export const ownClinicRows = (clinicIds: number[], field = 'clinic'): Where | false =>
  clinicIds.length > 0 ? { [field]: { in: clinicIds } } : false

/** Admins: every row. Owners and staff: their clinics' rows. Others: nothing. */
export const platformAdminsOrClinicMembers: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  if (!roleOf(req.user) || worksAcrossClinics(req.user)) return false
  return ownClinicRows(clinicsOfUser(req.user))
}

/** Admins: every row. Franchise owners: their clinics' rows. Others: nothing. */
export const platformAdminsOrClinicOwners: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  if (!isFranchiseOwner(req.user)) return false
  return ownClinicRows(clinicsOfUser(req.user))
}


/**
 * `readVersions` of clinic rows: the same people as `brandTeamOrClinicMembers`, but a version keeps
 * the row's fields under `version`, so the clinic is `version.clinic` there (a bare `clinic` is no
 * field of the versions table and fails the query).
 */
export const versionsOfBrandTeamOrClinicMembers: Access = ({ req }) => {
  if (worksAcrossClinics(req.user)) return true
  if (!roleOf(req.user)) return false
  return ownClinicRows(clinicsOfUser(req.user), 'version.clinic')
}

/** Admins and marketing: every row. Owners: their clinics' rows. */
export const brandTeamOrClinicOwners: Access = ({ req }) => {
  if (worksAcrossClinics(req.user)) return true
  if (!isFranchiseOwner(req.user)) return false
  return ownClinicRows(clinicsOfUser(req.user))
}

/** Visitors see published rows; brand staff every row; clinic people their clinics' rows, drafts included. */
export const publishedOrBrandTeamOrClinicMembers: Access = ({ req }) => {
  if (worksAcrossClinics(req.user)) return true
  if (!roleOf(req.user)) return { _status: { equals: 'published' } }
  return ownClinicRows(clinicsOfUser(req.user))
}

/** Visitors see every row (team members are public); brand staff too; clinic people their own clinics'. */
export const publicOrClinicMembers: Access = ({ req }) => {
  if (worksAcrossClinics(req.user) || !roleOf(req.user)) return true
  return ownClinicRows(clinicsOfUser(req.user))
}

/** Admins and franchise owners may add rows; the clinic they add for is held to theirs by the tenant field. */
export const platformAdminsOrOwners: Access = ({ req }) => isPlatformAdmin(req.user) || isFranchiseOwner(req.user)

/** Admins, franchise owners and clinic staff may add rows; the clinic they add for is held to theirs by the tenant field. */
export const platformAdminsOrClinicPeople: Access = ({ req }) => isPlatformAdmin(req.user) || isFranchiseOwner(req.user) || isClinicStaff(req.user)
