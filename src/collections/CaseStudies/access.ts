import type { Access, AccessResult, FieldAccess, PayloadRequest } from 'payload'

import { belongsToClinic, clinicsOfUser } from '@/access/clinicsOfUser'
import { isFranchiseOwner, isPlatformAdmin, worksAcrossClinics } from '@/access/roles'

/** Brand marketing and platform admins decide what is published (and when); clinics draft and submit. */
export const publishesCaseStudies = (user: PayloadRequest['user'] | null | undefined): boolean => worksAcrossClinics(user)

/** Brand staff edit every case study (they publish them); owners edit their own clinic's. */
export const editCaseStudies: Access = ({ req }): AccessResult => {
  if (worksAcrossClinics(req.user)) return true
  if (!isFranchiseOwner(req.user)) return false
  const ids = clinicsOfUser(req.user)
  return ids.length > 0 ? { clinic: { in: ids } } : false
}

/** Owners may delete their own drafts; once published, removing one is the brand's decision. */
export const deleteCaseStudies: Access = ({ req }): AccessResult => {
  if (worksAcrossClinics(req.user)) return true
  if (!isFranchiseOwner(req.user)) return false
  const ids = clinicsOfUser(req.user)
  return ids.length > 0 ? { and: [{ clinic: { in: ids } }, { _status: { not_equals: 'published' } }] } : false
}

const clinicOfDoc = (doc: unknown) => (doc as { clinic?: number | { id: number } } | undefined)?.clinic

/** The signed consent itself is for the clinic that took it and the platform — not marketing, not visitors. */
export const consentDocumentReaders: FieldAccess = ({ req, doc }) =>
  isPlatformAdmin(req.user) || belongsToClinic(req.user, clinicOfDoc(doc))

/** Recording consent is the clinic's statement; marketing can see it but not make it. */
export const consentRecorders: FieldAccess = ({ req, doc, data }) =>
  isPlatformAdmin(req.user) || (isFranchiseOwner(req.user) && belongsToClinic(req.user, clinicOfDoc(doc) ?? clinicOfDoc(data)))
