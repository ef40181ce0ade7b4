import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { canonicalUrl } from '@/lib/seo/canonical'
import { requireClinicSite } from '@/lib/sites/requireClinic'

type Props = { params: Promise<{ site: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return {
    title: 'Book a free consultation',
    description: `Book a free, no-obligation SMP consultation at ${site.clinic.name}.`,
    alternates: { canonical: canonicalUrl(site.origin, '/book') },
  }
}

/** The consultation page. Until the online form lands, it offers the clinic's direct lines only — never a form that goes nowhere. */
export default async function BookPage({ params }: Props) {
  const site = await requireClinicSite(params)
  const { contact } = site.clinic
  const whatsapp = contact.whatsapp?.replace(/[^\d]/g, '')
  return (
    <>
      <Breadcrumbs site={site} trail={[{ name: 'Book a consultation', path: '/book' }]} />
      <h1>Book a free consultation</h1>
      <p>
        A consultation is free and without obligation: we look at your scalp, talk through what you would like, and agree
        a plan and a price before anything starts.
      </p>
      <ul>
        <li>
          Call <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{contact.phone}</a>
        </li>
        {whatsapp && (
          <li>
            <a href={`https://wa.me/${whatsapp}`}>Message us on WhatsApp</a>
          </li>
        )}
        <li>
          E-mail <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </li>
      </ul>
    </>
  )
}
