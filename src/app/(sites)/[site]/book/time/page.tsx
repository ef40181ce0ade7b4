import type { Metadata } from 'next'

import { BookingPage } from '@/components/sites/booking/BookingPage'
import type { BookingQuery } from '@/lib/booking/bookingSteps'
import { readBookingView } from '@/lib/booking/readBookingView'
import { knownStage } from '@/lib/prices/stages'
import { canonicalUrl } from '@/lib/seo/canonical'
import { bookingOfferOf } from '@/lib/sites/bookingOffer'
import { getTeam } from '@/lib/sites/content'
import { sitePayload } from '@/lib/sites/payload'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { siteRoutes } from '@/lib/sites/routes'

type Props = { params: Promise<{ site: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// The booking steps without JavaScript carry free times, read now: rendered per request, never cached (see book/page.tsx).
export const dynamic = 'force-dynamic'

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return { title: 'Choose a time · Book a free consultation', robots: { index: false, follow: false }, alternates: { canonical: canonicalUrl(site.origin, siteRoutes.book) } }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * `/book/time?type=…&practitioner=…&day=…&time=…&stage=…`: the booking page at the visitor's step, with the free times of
 * now and the guided check's stage filled in (a made-up one is ignored).
 */
export default async function BookingStep({ params, searchParams }: Props) {
  const site = await requireClinicSite(params)
  const offer = bookingOfferOf(site.clinic, await getTeam(site.clinic.id))
  const search = await searchParams
  const query: BookingQuery = { type: first(search.type), practitioner: first(search.practitioner), day: first(search.day), time: first(search.time) }
  const view = offer && (await readBookingView(await sitePayload(), site.clinic.id, query))
  return <BookingPage site={site} view={view} cached={false} stage={knownStage(first(search.stage))} />
}
