import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BeforeAfterSlider } from '@/components/sites/BeforeAfterSlider'
import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { RichText } from '@/components/sites/RichText'
import { canonicalUrl, clinicOrigin } from '@/lib/seo/canonical'
import { getBrandSettings, getResults } from '@/lib/sites/content'
import { mediaPath, skipsOptimizer } from '@/lib/sites/mediaPath'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import type { Media } from '@/payload-types'
import { populated } from '@/lib/relationships'
import { siteRoutes } from '@/lib/sites/routes'

type Props = { params: Promise<{ site: string; slug: string }> }

export const generateStaticParams = async () => []

const findResult = async (params: Props['params']) => {
  const site = await requireClinicSite(params)
  const { slug } = await params
  const result = (await getResults(site.clinic.id)).find((entry) => entry.slug === slug)
  if (!result) notFound()
  return { site, result }
}

const image = (ref: number | Media) => {
  const media = populated(ref)
  return media?.url && media.width && media.height
    ? { src: mediaPath(media.url)!, alt: media.alt, width: media.width, height: media.height, unoptimized: skipsOptimizer(media) }
    : null
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { site, result } = await findResult(params)
  // A brand-wide result shown on several sites belongs to the clinic that treated the client.
  const ownerClinic = populated(result.clinic)
  const owner = ownerClinic ? clinicOrigin(ownerClinic, site.origin) : null
  return {
    title: result.title,
    description: `${populated(result.treatment)?.title ?? 'SMP'}: ${result.sessions} sessions.`,
    alternates: { canonical: canonicalUrl(owner ?? site.origin, siteRoutes.result(result.slug)) },
  }
}

const VIEW_LABELS = { top: 'Top of the head', front: 'Hairline', left: 'Left side', right: 'Right side', back: 'Back of the head' }

export default async function ResultPage({ params }: Props) {
  const { site, result } = await findResult(params)
  const brand = await getBrandSettings()
  return (
    <article>
      <Breadcrumbs
        site={site}
        trail={[
          { name: 'Results', path: siteRoutes.results },
          { name: result.title, path: siteRoutes.result(result.slug) },
        ]}
      />
      <h1>{result.title}</h1>
      <p>
        {populated(result.treatment)?.title ?? ''} · {result.sessions} sessions
        {result.weeksFirstToLast ? ` over ${result.weeksFirstToLast} weeks` : ''}
        {result.client?.norwoodStage ? ` · Norwood stage ${result.client.norwoodStage}` : ''}
      </p>
      {result.imagePairs.map((pair, index) => {
        const before = image(pair.before)
        const after = image(pair.after)
        return before && after ? (
          <BeforeAfterSlider key={pair.id} before={before} after={after} caption={VIEW_LABELS[pair.view]} priority={index === 0 ? 'main' : undefined} />
        ) : null
      })}
      <RichText data={result.story} />
      <p className="muted">{result.disclaimer || brand.resultsDisclaimer}</p>
    </article>
  )
}
