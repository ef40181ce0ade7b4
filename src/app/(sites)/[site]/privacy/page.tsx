import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { RichText } from '@/components/sites/RichText'
import { canonicalUrl } from '@/lib/seo/canonical'
import { getLegalTexts } from '@/lib/sites/content'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { siteRoutes } from '@/lib/sites/routes'

type Props = { params: Promise<{ site: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return { title: 'Privacy', alternates: { canonical: canonicalUrl(site.origin, siteRoutes.privacy) } }
}

export default async function PrivacyPage({ params }: Props) {
  const site = await requireClinicSite(params)
  const legal = await getLegalTexts()
  return (
    <>
      <Breadcrumbs site={site} trail={[{ name: 'Privacy', path: siteRoutes.privacy }]} />
      <h1>Privacy</h1>
      {site.clinic.privacyNotice && <p>{site.clinic.privacyNotice}</p>}
      <RichText data={legal.privacyNotice} />
    </>
  )
}
