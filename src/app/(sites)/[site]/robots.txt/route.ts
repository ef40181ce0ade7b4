import { canonicalUrl } from '@/lib/seo/canonical'
import { robotsTxt } from '@/lib/seo/sitemap'
import { getSite } from '@/lib/sites/site'

type Context = { params: Promise<{ site: string }> }

export const generateStaticParams = async () => []
// Cached like the pages (GET route handlers are not by default) and expired by the same edits.
export const dynamic = 'force-static'

export async function GET(_request: Request, { params }: Context) {
  const site = await getSite((await params).site)
  const body = robotsTxt({ origin: site.origin, sitemapUrl: canonicalUrl(site.origin, '/sitemap.xml') })
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
