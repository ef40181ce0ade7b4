import type { Access, FieldAccess } from 'payload'

import { clinicsOfUser, belongsToClinic } from '@/access/clinicsOfUser'
import { ownClinicRows } from '@/access/clinicRows'
import { isBrandMarketing, isFranchiseOwner, isPlatformAdmin, roleOf } from '@/access/roles'

/**
 * Leads are health-related personal data. Admins and the lead's own clinic read them; marketing
 * reads rows only for counting (the personal fields are hidden by `leadPersonalDataReaders`).
 */
export const readLeads: Access = ({ req }) => {
  if (isPlatformAdmin(req.user) || isBrandMarketing(req.user)) return true
  if (!roleOf(req.user)) return false
  return ownClinicRows(clinicsOfUser(req.user))
}

/** Working a lead (status, notes) is for its clinic's owners and staff, and platform admins. */
export const workLeads: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  if (!roleOf(req.user) || isBrandMarketing(req.user)) return false
  return ownClinicRows(clinicsOfUser(req.user))
}

/** Erasing a lead on the person's request is the franchise owner's (data controller's) call. */
export const eraseLeads: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  if (!isFranchiseOwner(req.user)) return false
  return ownClinicRows(clinicsOfUser(req.user))
}

/** Name, contact details and the hair-loss description: only the lead's clinic and platform admins. */
export const leadPersonalDataReaders: FieldAccess = ({ req, doc }) =>
  isPlatformAdmin(req.user) || belongsToClinic(req.user, (doc as { clinic?: number } | undefined)?.clinic)
