import Link from 'next/link'

import { JsonLd } from '@/components/seo/JsonLd'
import { canonicalUrl } from '@/lib/seo/canonical'
import { breadcrumbJsonLd } from '@/lib/seo/jsonLd'
import { type Site, sitePath } from '@/lib/sites/site'
import { siteRoutes } from '@/lib/sites/routes'

/** Visible breadcrumbs and their BreadcrumbList, from the site's home to the current page. */
export const Breadcrumbs = ({ site, trail }: { site: Site; trail: { name: string; path: string }[] }) => {
  const items = [{ name: 'Home', path: siteRoutes.home }, ...trail]
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <JsonLd data={breadcrumbJsonLd(items.map((item) => ({ name: item.name, url: canonicalUrl(site.origin, item.path) })))} />
      <ol>
        {items.map((item, index) => (
          <li key={item.path}>
            {index === items.length - 1 ? (
              <span aria-current="page">{item.name}</span>
            ) : (
              <Link href={sitePath(site, item.path)}>{item.name}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
