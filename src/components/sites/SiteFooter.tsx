import Link from 'next/link'

import { type Site, sitePath } from '@/lib/sites/site'
import type { BrandSetting } from '@/payload-types'
import { siteRoutes } from '@/lib/sites/routes'
import { clinicPhone } from '@/lib/locale/phone'

export const SiteFooter = ({ site, brand }: { site: Site; brand: BrandSetting }) => {
  const { clinic } = site
  return (
    <footer className="site-footer">
      {clinic && (
        <address>
          <strong>{clinic.name}</strong>
          <br />
          {clinic.contact.addressLine1}
          {clinic.contact.addressLine2 ? `, ${clinic.contact.addressLine2}` : ''}, {clinic.contact.city} {clinic.contact.postcode}
          <br />
          <a href={clinicPhone(clinic).tel}>{clinicPhone(clinic).shown}</a> ·{' '}
          <a href={`mailto:${clinic.contact.email}`}>{clinic.contact.email}</a>
        </address>
      )}
      <p>
        {clinic ? (
          <>
            Part of the {brand.brandName} network · <Link href={sitePath(site, siteRoutes.privacy)}>Privacy</Link>
          </>
        ) : (
          <>
            {brand.brandName}
            {brand.tagline ? ` — ${brand.tagline}` : ''}
          </>
        )}
      </p>
    </footer>
  )
}
