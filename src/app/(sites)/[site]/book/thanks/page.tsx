import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { bookedInWords } from '@/lib/sites/bookingOffer'
import { getTeam } from '@/lib/sites/content'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { sitePath } from '@/lib/sites/site'
import { siteRoutes } from '@/lib/sites/routes'
import { clinicPhone } from '@/lib/locale/phone'

type Props = { params: Promise<{ site: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// It says which time was booked, from its query (`?booked=…&type=…&with=…`, set by the form's endpoint).
export const dynamic = 'force-dynamic'

// Only reached after a request was taken: nothing here for a search engine.
export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  await requireClinicSite(params)
  return { title: 'Thank you', robots: { index: false, follow: false } }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Where a request sent without JavaScript lands once the clinic has it (the form shows the same news in place otherwise). */
export default async function ThanksPage({ params, searchParams }: Props) {
  const site = await requireClinicSite(params)
  const { name } = site.clinic
  const phone = clinicPhone(site.clinic)
  const search = await searchParams
  const booked = bookedInWords(site.clinic, await getTeam(site.clinic.id), { booked: first(search.booked), type: first(search.type), with: first(search.with) })
  return (
    <>
      <Breadcrumbs
        site={site}
        trail={[
          { name: 'Book a consultation', path: siteRoutes.book },
          { name: 'Thank you', path: siteRoutes.bookThanks },
        ]}
      />
      <h1>{booked ? 'Thank you — your consultation is booked' : 'Thank you — we have your request'}</h1>
      {booked ? (
        <p id="booked-time">
          {name} expects you: {booked}. A confirmation e-mail is on its way to you; if it has not arrived within a few minutes, please look in your spam folder.
        </p>
      ) : (
        <p>
          {name} has your request for a free consultation. A confirmation e-mail is on its way to you; if it has not arrived within a few minutes, please look in
          your spam folder.
        </p>
      )}
      <h2>What happens next</h2>
      <ol>
        {!booked && <li>Someone from {name} contacts you, the way and at the time you asked for, to find a day for your consultation.</li>}
        <li>At the consultation we look at your scalp, talk through what you would like, and agree a plan and a price.</li>
        <li>Nothing starts until you have decided — the consultation is free and without obligation.</li>
      </ol>
      <p>
        Questions in the meantime{booked ? ', or cannot come after all' : ''}? Call us on <a href={phone.tel}>{phone.shown}</a>.
      </p>
      <p>
        <Link href={sitePath(site, siteRoutes.home)}>Back to the home page</Link>
      </p>
    </>
  )
}
