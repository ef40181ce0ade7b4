import { readEnv } from '@/lib/env'
import { issueFormToken } from '@/lib/leads/formToken'
import { getLegalTexts } from '@/lib/sites/content'
import { type Site, sitePath } from '@/lib/sites/site'
import type { Clinic } from '@/payload-types'
import { siteRoutes } from '@/lib/sites/routes'

import { LeadForm, type LeadFormProps } from './LeadForm'
import { offeredTreatments } from './TreatmentCards'
import { clinicPhone } from '@/lib/locale/phone'

export type ClinicSite = Site & { clinic: Clinic }

/**
 * What this clinic's consultation form needs. Its token is issued now; a page served from the
 * cache carries an old one, which the browser replaces.
 */
export const clinicLeadFormProps = async (site: ClinicSite, headingId?: string): Promise<LeadFormProps> => {
  const legal = await getLegalTexts()
  const requests = sitePath(site, siteRoutes.bookRequest)
  return {
    action: requests,
    tokenUrl: requests,
    initialToken: issueFormToken(readEnv().payloadSecret),
    treatments: offeredTreatments(site.clinic).map(({ treatment }) => ({ id: treatment.id, title: treatment.title })),
    privacyHref: sitePath(site, siteRoutes.privacy),
    privacyNotice: site.clinic.privacyNotice,
    consentText: legal.leadConsentText,
    clinicName: site.clinic.name,
    phone: clinicPhone(site.clinic).shown,
    thanksHref: sitePath(site, siteRoutes.bookThanks),
    headingId,
  }
}

/** This clinic's consultation form, as the booking page and the lead-form block show it. */
export const ClinicLeadForm = async ({ site, headingId }: { site: ClinicSite; headingId?: string }) => <LeadForm {...await clinicLeadFormProps(site, headingId)} />
