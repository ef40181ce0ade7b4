import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { ResultsFilter } from '@/components/sites/ResultsFilter'
import { canonicalUrl } from '@/lib/seo/canonical'
import { getBrandSettings, getResults } from '@/lib/sites/content'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { resultThumbnail } from '@/lib/sites/resultThumbnail'
import { sitePath } from '@/lib/sites/site'
import { siteRoutes } from '@/lib/sites/routes'
import { populated } from '@/lib/relationships'

type Props = { params: Promise<{ site: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return {
    title: 'Before and after results',
    description: `Real SMP results from ${site.clinic.name} and the network, with client consent on record.`,
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.results) },
  }
}

/** Filtering happens in the browser, so this page stays one cached document. */
export default async function ResultsPage({ params }: Props) {
  const site = await requireClinicSite(params)
  const [results, brand] = await Promise.all([getResults(site.clinic.id), getBrandSettings()])
  const items = results.flatMap((result) => {
    const image = result.imagePairs[0] && resultThumbnail(result.imagePairs[0].after)
    const treatment = populated(result.treatment)
    if (!image || !treatment) return []
    return [
      {
        slug: result.slug,
        title: result.title,
        href: sitePath(site, siteRoutes.result(result.slug)),
        treatment: { slug: treatment.slug, title: treatment.title },
        norwoodStage: result.client?.norwoodStage,
        fitzpatrickType: result.client?.fitzpatrickType,
        sessions: result.sessions,
        image,
      },
    ]
  })
  return (
    <>
      <Breadcrumbs site={site} trail={[{ name: 'Results', path: siteRoutes.results }]} />
      <h1>Before and after results</h1>
      <p className="muted">{brand.resultsDisclaimer}</p>
      <ResultsFilter items={items} />
    </>
  )
}
