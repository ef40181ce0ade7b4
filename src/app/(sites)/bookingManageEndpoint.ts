import { changeBooking, type ManageContext, showBooking } from '@/lib/booking/manageBooking'
import { siteRoutes } from '@/lib/sites/routes'
import { sitePath } from '@/lib/sites/site'

import { onClinicPage } from './clinicPageEndpoint'

/*
 * The visitor's booking page, `/book/manage` on a clinic's host and `/clinics/<slug>/book/manage`,
 * answered with a page of its own that no cache keeps (src/lib/booking/manageBooking.ts).
 */

const manage = (handle: (request: Request, context: ManageContext) => Promise<Response>) =>
  onClinicPage((request, { site, clinic, payload, shown, secret, limiter, clientIp }) =>
    handle(request, {
      payload,
      clinic: { ...shown, contact: clinic.contact, timeZone: clinic.timeZone },
      secret,
      limiter,
      clientIp,
      paths: { manage: sitePath(site, siteRoutes.bookManage), book: sitePath(site, siteRoutes.book) },
    }),
  )

export const showManagedBooking = manage(showBooking)
export const changeManagedBooking = manage(changeBooking)
