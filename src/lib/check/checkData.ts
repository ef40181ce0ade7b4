import 'server-only'

import { offeredTreatments } from '@/components/sites/TreatmentCards'
import { getResults } from '@/lib/sites/content'
import { resultThumbnail } from '@/lib/sites/resultThumbnail'
import { sitePath } from '@/lib/sites/site'
import type { ClinicSite } from '@/components/sites/ClinicLeadForm'
import { populated } from '@/lib/relationships'
import { siteRoutes } from '@/lib/sites/routes'

import type { CheckData, CheckResult } from './outcome'
import { currencyOf } from '@/lib/locale/countries'

/**
 * What the check answers from at one clinic: the treatments it offers now (not paused) that are
 * priced by stage, with its own stage prices, and its published results (its own and brand-wide).
 */
export const checkData = async (site: ClinicSite): Promise<CheckData> => {
  const treatments = offeredTreatments(site.clinic)
    .filter((offer) => offer.availability !== 'paused' && offer.treatment.stageScale)
    .map((offer) => ({ slug: offer.treatment.slug, title: offer.treatment.title, scale: offer.treatment.stageScale!, stagePrices: offer.stagePrices ?? [] }))
  const results = (await getResults(site.clinic.id)).flatMap((result): CheckResult[] => {
    const image = result.imagePairs[0] && resultThumbnail(result.imagePairs[0].after)
    const treatment = populated(result.treatment)
    if (!image || !treatment) return []
    return [
      {
        slug: result.slug,
        title: result.title,
        href: sitePath(site, siteRoutes.result(result.slug)),
        treatmentTitle: treatment.title,
        scale: treatment.stageScale ?? null,
        norwoodStage: result.client?.norwoodStage ?? null,
        fitzpatrickType: result.client?.fitzpatrickType ?? null,
        sessions: result.sessions,
        image,
      },
    ]
  })
  return { currency: currencyOf(site.clinic), treatments, results }
}
