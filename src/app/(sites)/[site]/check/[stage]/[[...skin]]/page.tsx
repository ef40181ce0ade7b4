import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { CheckOutcomePanel } from '@/components/sites/check/CheckOutcomePanel'
import { checkData } from '@/lib/check/checkData'
import { isSkinType, isStage, outcomeFor } from '@/lib/check/outcome'
import { stageLabel } from '@/lib/prices/stages'
import { canonicalUrl } from '@/lib/seo/canonical'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { sitePath } from '@/lib/sites/site'
import { siteRoutes } from '@/lib/sites/routes'
import { clinicPhone } from '@/lib/locale/phone'

type Props = { params: Promise<{ site: string; stage: string; skin?: string[] }> }

export const generateStaticParams = async () => []

/** The stage and skin type an address names (`/check/norwood-4/skin-3`), or a 404 for anything else. */
const answerOf = async (params: Props['params']) => {
  const { stage, skin = [] } = await params
  const skinType = skin[0]?.replace(/^skin-/, '')
  if (!isStage(stage) || skin.length > 1 || (skin[0] !== undefined && (!skin[0].startsWith('skin-') || !isSkinType(skinType)))) notFound()
  return { stage, skin: isSkinType(skinType) ? skinType : undefined }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  const { stage } = await answerOf(params)
  return {
    title: `SMP for ${stageLabel(stage)}: price and results`,
    description: `What SMP usually costs at ${site.clinic.name} for ${stageLabel(stage)}, how many sessions it takes, and results of people at the same stage.`,
    // One canonical per stage: the skin type only narrows the results shown.
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.checkOutcome(stage)) },
  }
}

/** The check's answer as a page of its own: what a visitor without JavaScript gets, and a shared link. */
export default async function CheckOutcomePage({ params }: Props) {
  const site = await requireClinicSite(params)
  const { stage, skin } = await answerOf(params)
  const data = await checkData(site)
  const outcome = outcomeFor(data, stage, skin)
  return (
    <>
      <Breadcrumbs
        site={site}
        trail={[
          { name: 'Hair-loss check', path: siteRoutes.check },
          { name: outcome.stage.label, path: siteRoutes.checkOutcome(stage, skin) },
        ]}
      />
      <CheckOutcomePanel
        outcome={outcome}
        currency={data.currency}
        skin={skin}
        clinicName={site.clinic.name}
        phone={clinicPhone(site.clinic).shown}
        // The step page, rendered per request, fills the stage in without JavaScript; the cached /book could not know it.
        bookHref={`${sitePath(site, siteRoutes.bookTime)}?stage=${stage}`}
        changeHref={sitePath(site, siteRoutes.check)}
        headingId="check-outcome"
        heading="h1"
      />
    </>
  )
}
