import type { Metadata } from 'next'

import { BookingPage } from '@/components/sites/booking/BookingPage'
import { canonicalUrl } from '@/lib/seo/canonical'
import { bookingOfferOf } from '@/lib/sites/bookingOffer'
import { getTeam } from '@/lib/sites/content'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { siteRoutes } from '@/lib/sites/routes'

type Props = { params: Promise<{ site: string }> }

/*
 * Cached like every clinic page (and kept by the page cache in front of Next): it shows the
 * clinic's content only — the consultations it offers and who takes them — never a free time.
 * Free times change with every booking, so they are read per request: as JSON by the enhanced
 * page (`book/free-times`), and by the step pages without JavaScript (`book/time`, rendered per
 * request, which the page cache never keeps as they carry a query). Its form's token is replaced
 * by the browser on load (LeadForm); a browser without JavaScript is sent to the form on a step
 * page, which has a token of its own (FormNeedingScript).
 */

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return {
    title: 'Book a free consultation',
    description: `Book a free, no-obligation SMP consultation at ${site.clinic.name}.`,
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.book) },
  }
}

/** The consultation page: a free time to book (where the clinic books online), the request form, the clinic's direct lines. */
export default async function Book({ params }: Props) {
  const site = await requireClinicSite(params)
  return <BookingPage site={site} view={bookingOfferOf(site.clinic, await getTeam(site.clinic.id))} cached />
}
