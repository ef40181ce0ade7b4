import { ResultCards } from '@/components/sites/ResultCards'
import { idOf } from '@/lib/relationships'
import { getResults } from '@/lib/sites/content'

import type { BlockProps } from '../types'

/** The clinic's published results, of one treatment when the owner chose one. */
export const ResultsGalleryBlockView = async ({ site, block }: BlockProps<'resultsGallery'>) => {
  const treatment = idOf(block.treatment)
  const results = (await getResults(site.clinic.id)).filter((result) => !treatment || idOf(result.treatment) === treatment)
  return (
    <section>
      {block.heading && <h2>{block.heading}</h2>}
      <ResultCards site={site} results={results.slice(0, block.limit ?? 6)} heading={block.heading ? 'h3' : 'h2'} />
    </section>
  )
}
