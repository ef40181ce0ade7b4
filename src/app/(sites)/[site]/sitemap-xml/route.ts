import { canonicalUrl } from '@/lib/seo/canonical'
import { sitemapXml } from '@/lib/seo/sitemap'
import { getPages, getResults } from '@/lib/sites/content'
import { getSite } from '@/lib/sites/site'
import { offeredTreatments } from '@/components/sites/TreatmentCards'
import { populated } from '@/lib/relationships'
import { siteRoutes } from '@/lib/sites/routes'

type Context = { params: Promise<{ site: string }> }

export const generateStaticParams = async () => []
// Cached like the pages (GET route handlers are not by default) and expired by the same edits.
export const dynamic = 'force-static'

/** This site's own pages only: each clinic lists its URLs, the hub lists itself. */
export async function GET(_request: Request, { params }: Context) {
  const site = await getSite((await params).site)
  const url = (path: string) => canonicalUrl(site.origin, path)
  const entries = [{ url: url(siteRoutes.home), lastModified: site.clinic?.updatedAt }]
  if (site.clinic) {
    const { clinic } = site
    const [results, pages] = await Promise.all([getResults(clinic.id), getPages(clinic.id)])
    entries.push(
      ...[siteRoutes.treatments, siteRoutes.check, siteRoutes.results, siteRoutes.reviews, siteRoutes.faq, siteRoutes.about, siteRoutes.book, siteRoutes.privacy].map((path) => ({ url: url(path), lastModified: undefined })),
      ...offeredTreatments(clinic).map((offer) => ({ url: url(siteRoutes.treatment(offer.treatment.slug)), lastModified: offer.treatment.updatedAt })),
      // A brand-wide result from another clinic is that clinic's page (its canonical), not ours.
      ...results
        .filter((result) => populated(result.clinic)?.id === clinic.id)
        .map((result) => ({ url: url(siteRoutes.result(result.slug)), lastModified: result.updatedAt })),
      ...pages.map((page) => ({ url: url(siteRoutes.page(page.slug)), lastModified: page.updatedAt })),
    )
  }
  return new Response(sitemapXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
