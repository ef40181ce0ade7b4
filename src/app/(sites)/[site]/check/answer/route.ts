import { isSkinType, isStage } from '@/lib/check/outcome'
import { getSite, sitePath } from '@/lib/sites/site'
import { siteRoutes } from '@/lib/sites/routes'

type Context = { params: Promise<{ site: string }> }

/**
 * Where the check's plain form goes without JavaScript: to the answer's own page (an address per
 * stage and skin type, so each answer is one cached page), or back to the question when the
 * choice is missing or not one of ours.
 */
export async function GET(request: Request, { params }: Context) {
  const site = await getSite((await params).site)
  const query = new URL(request.url).searchParams
  const stage = query.get('stage')
  const skin = query.get('skin')
  const path = isStage(stage) ? siteRoutes.checkOutcome(stage, isSkinType(skin) ? skin : undefined) : `${siteRoutes.check}#check-question`
  return new Response(null, { status: 303, headers: { Location: sitePath(site, path), 'Cache-Control': 'private, no-store' } })
}
