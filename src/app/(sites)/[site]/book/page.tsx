import type { Metadata } from 'next'

import { ClinicLeadForm } from '@/components/sites/ClinicLeadForm'
import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { canonicalUrl } from '@/lib/seo/canonical'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { siteRoutes } from '@/lib/sites/routes'

type Props = { params: Promise<{ site: string }> }

// Every visit gets a freshly issued form token, so this page is rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return {
    title: 'Book a free consultation',
    description: `Book a free, no-obligation SMP consultation at ${site.clinic.name}.`,
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.book) },
  }
}

/** The consultation page: the request form first, the clinic's direct lines for those who would rather talk. */
export default async function BookPage({ params }: Props) {
  const site = await requireClinicSite(params)
  const { contact } = site.clinic
  const whatsapp = contact.whatsapp?.replace(/[^\d]/g, '')
  return (
    <>
      <Breadcrumbs site={site} trail={[{ name: 'Book a consultation', path: siteRoutes.book }]} />
      <h1 id="book-heading">Book a free consultation</h1>
      <p>
        A consultation is free and without obligation: we look at your scalp, talk through what you would like, and agree a plan and a price before anything
        starts. Leave your details below and {site.clinic.name} will contact you to find a time that suits you.
      </p>
      <ClinicLeadForm site={site} headingId="book-heading" />
      <section aria-labelledby="book-direct">
        <h2 id="book-direct">Prefer to talk?</h2>
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
      </section>
    </>
  )
}
