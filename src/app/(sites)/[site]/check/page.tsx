import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { GuidedCheck } from '@/components/sites/check/GuidedCheck'
import { checkData } from '@/lib/check/checkData'
import { canonicalUrl } from '@/lib/seo/canonical'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { sitePath } from '@/lib/sites/site'
import { siteRoutes } from '@/lib/sites/routes'
import { clinicPhone } from '@/lib/locale/phone'

type Props = { params: Promise<{ site: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return {
    title: 'Hair-loss check: your price and results',
    description: `Pick the picture closest to your hair loss and see what SMP usually costs at ${site.clinic.name}, how many sessions it takes, and results of people like you.`,
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.check) },
  }
}

/** The check's question, the same for every visitor: the page is cached, the answering happens in the browser or on the answer's page. */
export default async function CheckPage({ params }: Props) {
  const site = await requireClinicSite(params)
  const data = await checkData(site)
  return (
    <>
      <Breadcrumbs site={site} trail={[{ name: 'Hair-loss check', path: siteRoutes.check }]} />
      <h1>What would SMP cost for me?</h1>
      <p>
        Choose the picture closest to your hair loss. You will see what {site.clinic.name} usually charges for it, how many sessions it takes and results of
        people at the same stage. Nothing you choose here is sent or stored.
      </p>
      {data.treatments.length > 0 ? (
        <GuidedCheck data={data} clinicName={site.clinic.name} phone={clinicPhone(site.clinic).shown} base={site.base} />
      ) : (
        <p>
          {site.clinic.name} prices every treatment at a free consultation. <Link href={sitePath(site, siteRoutes.book)}>Book one</Link> and we will talk it
          through.
        </p>
      )}
    </>
  )
}
