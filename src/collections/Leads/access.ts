import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { clinicsOfUser, belongsToClinic } from '@/access/clinicsOfUser'
import { ownClinicRows } from '@/access/clinicRows'
import { isBrandMarketing, isClinicStaff, isFranchiseOwner, isPlatformAdmin, roleOf } from '@/access/roles'

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

/**
 * Exporting leads (a CSV of personal data) is for the people who work them: platform admins, and a
 * clinic's owners and staff — for their own clinics' leads, which `readLeads` then picks. Brand
 * marketing reads rows only to count them, so it may not export.
 */
export const mayExportLeads = (user: PayloadRequest['user'] | null | undefined): boolean =>
  isPlatformAdmin(user) || isFranchiseOwner(user) || isClinicStaff(user)

/**
 * Name, contact details and the hair-loss description: only the lead's clinic and platform admins.
 * Asked without a row (may this field be searched or filtered on?), clinic people may: `readLeads`
 * already keeps them to their clinic's rows. Marketing may not, or a search by e-mail would tell
 * it whether a person asked for a consultation.
 */
export const leadPersonalDataReaders: FieldAccess = ({ req, doc }) => {
  if (isPlatformAdmin(req.user)) return true
  if (!doc) return clinicsOfUser(req.user).length > 0 && !isBrandMarketing(req.user)
  return belongsToClinic(req.user, (doc as { clinic?: number }).clinic)
}
