import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { offeredTreatments, TreatmentCards } from '@/components/sites/TreatmentCards'
import { canonicalUrl } from '@/lib/seo/canonical'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { siteRoutes } from '@/lib/sites/routes'

type Props = { params: Promise<{ site: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return {
    title: 'Treatments and prices',
    description: `Scalp micro-pigmentation treatments at ${site.clinic.name}, with prices.`,
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.treatments) },
  }
}

export default async function TreatmentsPage({ params }: Props) {
  const site = await requireClinicSite(params)
  return (
    <>
      <Breadcrumbs site={site} trail={[{ name: 'Treatments', path: siteRoutes.treatments }]} />
      <h1>Treatments and prices</h1>
      <TreatmentCards site={site} offers={offeredTreatments(site.clinic)} heading="h2" />
    </>
  )
}
