import type { Access, FieldAccess } from 'payload'

import { belongsToClinic, clinicsOfUser } from '@/access/clinicsOfUser'
import { ownClinicRows } from '@/access/clinicRows'
import { isBrandMarketing, isFranchiseOwner, isPlatformAdmin, roleOf, worksAcrossClinics } from '@/access/roles'

/*
 * Reviews are the client's words: nobody writes them through the APIs (the signed link's form does,
 * with the server's rights), nobody deletes them (a lead's erasure takes its reviews with it), and
 * only the brand may withhold one, for a legal reason. A clinic's owner may answer publicly, nothing
 * more. docs/decisions/0020 gives the why.
 */

/** Visitors: published reviews. The brand: every review. A clinic's people: their clinic's, withheld ones included. */
export const readReviews: Access = ({ req }) => {
  if (worksAcrossClinics(req.user)) return true
  if (!roleOf(req.user)) return { status: { equals: 'published' } }
  return ownClinicRows(clinicsOfUser(req.user))
}

/** Saving a review at all: the brand (to withhold) and the owners of its clinic (to reply); the fields say what each may change. */
export const answerOrWithholdReviews: Access = ({ req }) => {
  if (worksAcrossClinics(req.user)) return true
  if (!isFranchiseOwner(req.user)) return false
  return ownClinicRows(clinicsOfUser(req.user))
}

/** Which client wrote it: their clinic and platform admins; never visitors, nor marketing (no lead data). */
export const reviewerReaders: FieldAccess = ({ req, doc }) => {
  if (isPlatformAdmin(req.user)) return true
  if (!doc) return clinicsOfUser(req.user).length > 0 && !isBrandMarketing(req.user)
  return belongsToClinic(req.user, (doc as { clinic?: number }).clinic)
}

/** The withholding record: for the people who sign in; visitors see only that a review is there. */
export const signedInReaders: FieldAccess = ({ req }) => Boolean(roleOf(req.user))

/** Withholding (and publishing again) is the brand's, never the clinic's own. */
export const withholders: FieldAccess = ({ req }) => worksAcrossClinics(req.user)

/** The public reply is the clinic owner's (platform admins may stand in); which clinic's, the collection's rule decides. */
export const repliers: FieldAccess = ({ req }) => isPlatformAdmin(req.user) || isFranchiseOwner(req.user)
