import Link from 'next/link'

import { type Site, sitePath } from '@/lib/sites/site'
import type { CaseStudy } from '@/payload-types'
import { populated } from '@/lib/relationships'
import { siteRoutes } from '@/lib/sites/routes'

import { MediaImage } from './MediaImage'
import { IMAGE_SIZES } from './imageSizes'
import type { CardHeading } from './TreatmentCards'

export const ResultCards = ({ site, results, heading: Heading = 'h3' }: { site: Site; results: CaseStudy[]; heading?: CardHeading }) => (
  <ul className="cards">
    {results.map((result) => (
      <li key={result.id} className="card">
        <MediaImage media={result.imagePairs[0]?.after} size="card" sizes={IMAGE_SIZES.card} />
        <Heading>
          <Link href={sitePath(site, siteRoutes.result(result.slug))}>{result.title}</Link>
        </Heading>
        <p className="muted">
          {populated(result.treatment)?.title ?? ''} · {result.sessions} sessions
        </p>
      </li>
    ))}
  </ul>
)
