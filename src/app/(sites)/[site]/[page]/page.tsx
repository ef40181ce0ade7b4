import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Blocks } from '@/components/sites/Blocks'
import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { canonicalUrl } from '@/lib/seo/canonical'
import { getPages } from '@/lib/sites/content'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { siteRoutes } from '@/lib/sites/routes'

type Props = { params: Promise<{ site: string; page: string }> }

export const generateStaticParams = async () => []

const findPage = async (params: Props['params']) => {
  const site = await requireClinicSite(params)
  const { page: slug } = await params
  const page = (await getPages(site.clinic.id)).find((entry) => entry.slug === slug)
  if (!page) notFound()
  return { site, page }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { site, page } = await findPage(params)
  return {
    title: page.seo?.metaTitle || page.title,
    description: page.seo?.metaDescription || undefined,
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.page(page.slug)) },
  }
}

/** A page the clinic composed from blocks in the admin. */
export default async function ClinicPage({ params }: Props) {
  const { site, page } = await findPage(params)
  return (
    <>
      <Breadcrumbs site={site} trail={[{ name: page.title, path: siteRoutes.page(page.slug) }]} />
      <h1>{page.title}</h1>
      <Blocks site={site} blocks={page.layout} />
    </>
  )
}
