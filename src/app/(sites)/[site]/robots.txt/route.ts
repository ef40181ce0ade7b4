import { canonicalUrl } from '@/lib/seo/canonical'
import { robotsTxt } from '@/lib/seo/sitemap'
import { getSite } from '@/lib/sites/site'

type Context = { params: Promise<{ site: string }> }

export const generateStaticParams = async () => []

export async function GET(_request: Request, { params }: Context) {
  const site = await getSite((await params).site)
  const body = robotsTxt({ origin: site.origin, sitemapUrl: canonicalUrl(site.origin, '/sitemap.xml') })
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
