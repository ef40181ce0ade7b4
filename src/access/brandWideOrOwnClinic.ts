import { type Access, type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { idOf } from '@/lib/relationships'

import { belongsToClinic, clinicsOfUser } from './clinicsOfUser'
import { isBrandMarketing, isFranchiseOwner, isPlatformAdmin, roleOf, worksAcrossClinics } from './roles'

/* For collections whose rows are either brand-wide (no clinic) or one clinic's own. */

const brandWide = { clinic: { exists: false } }

/** Visitors and brand staff read every row; clinic people read brand-wide rows and their own clinic's. */
export const readBrandWideOrOwnClinic: Access = ({ req }) => {
  if (worksAcrossClinics(req.user) || !roleOf(req.user)) return true
  const ids = clinicsOfUser(req.user)
  return ids.length > 0 ? { or: [brandWide, { clinic: { in: ids } }] } : brandWide
}

/** As `readBrandWideOrOwnClinic`, for collections with drafts: visitors see published rows only. */
export const readPublishedBrandWideOrOwnClinic: Access = (args) => {
  if (!roleOf(args.req.user)) return { _status: { equals: 'published' } }
  return readBrandWideOrOwnClinic(args)
}

/** Version history: brand staff every row's; clinic people brand-wide rows' and their own clinic's. */
export const versionsOfBrandWideOrOwnClinic: Access = ({ req }) => {
  if (worksAcrossClinics(req.user)) return true
  if (!roleOf(req.user)) return false
  const ids = clinicsOfUser(req.user)
  const brandWideVersions = { 'version.clinic': { exists: false } }
  return ids.length > 0 ? { or: [brandWideVersions, { 'version.clinic': { in: ids } }] } : brandWideVersions
}

/** Brand staff and franchise owners may add rows; which clinic is checked by `checkClinicOwnership`. */
export const brandTeamOrOwners: Access = ({ req }) => worksAcrossClinics(req.user) || isFranchiseOwner(req.user)

/**
 * Editing existing rows: admins any; marketing brand-wide rows (or every row when `marketingAllClinics`);
 * owners their own clinic's rows.
 */
export const editBrandWideOrOwnClinic =
  ({ marketingAllClinics }: { marketingAllClinics: boolean }): Access =>
  ({ req }) => {
    if (isPlatformAdmin(req.user)) return true
    if (isBrandMarketing(req.user)) return marketingAllClinics ? true : brandWide
    if (!isFranchiseOwner(req.user)) return false
    const ids = clinicsOfUser(req.user)
    return ids.length > 0 ? { clinic: { in: ids } } : false
  }

/**
 * Row access cannot see the values being written, so the clinic a row is written for is checked
 * here: owners only for their own clinics, marketing only brand-wide unless `marketingAllClinics`.
 */
export const checkClinicOwnership =
  ({ marketingAllClinics }: { marketingAllClinics: boolean }): CollectionBeforeValidateHook =>
  ({ data, originalDoc, req }) => {
    const clinic = idOf(data?.clinic !== undefined ? data.clinic : originalDoc?.clinic)
    if (isBrandMarketing(req.user) && !marketingAllClinics && clinic !== undefined)
      throw new ValidationError({ errors: [{ path: 'clinic', message: 'Brand marketing writes brand-wide entries only; leave the clinic empty.' }] })
    if (isFranchiseOwner(req.user) && !belongsToClinic(req.user, clinic))
      throw new ValidationError({ errors: [{ path: 'clinic', message: 'Choose one of your own clinics.' }] })
    return data
  }
