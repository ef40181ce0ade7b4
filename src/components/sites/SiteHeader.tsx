import Link from 'next/link'

import { type Site, sitePath } from '@/lib/sites/site'
import type { BrandSetting } from '@/payload-types'
import { siteRoutes } from '@/lib/sites/routes'

import { MediaImage } from './MediaImage'

const CLINIC_LINKS = [
  [siteRoutes.treatments, 'Treatments'],
  [siteRoutes.check, 'Price check'],
  [siteRoutes.results, 'Results'],
  [siteRoutes.faq, 'FAQ'],
  [siteRoutes.about, 'About us'],
] as const

export const SiteHeader = ({ site, brand }: { site: Site; brand: BrandSetting }) => {
  const { clinic } = site
  return (
    <header className="site-header">
      <Link href={sitePath(site, siteRoutes.home)} className="site-logo">
        <MediaImage media={clinic ? clinic.branding.logo : brand.logo} size="thumbnail" sizes="48px" priority="eager" className="site-logo-image" />
        <span>{clinic?.name ?? brand.brandName}</span>
      </Link>
      <nav aria-label="Main">
        <ul>
          {clinic ? (
            <>
              {CLINIC_LINKS.map(([path, label]) => (
                <li key={path}>
                  <Link href={sitePath(site, path)}>{label}</Link>
                </li>
              ))}
              <li>
                <Link href={sitePath(site, siteRoutes.book)} className="button">
                  Book a free consultation
                </Link>
              </li>
            </>
          ) : (
            <>
              <li>
                <a href="#find-a-clinic">Find a clinic</a>
              </li>
              <li>
                <a href="#treatments">Treatments</a>
              </li>
              <li>
                <a href="#faq">FAQ</a>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  )
}
