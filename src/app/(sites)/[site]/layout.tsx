import type { Metadata } from 'next'
import type { CSSProperties, ReactNode } from 'react'

import { ClinicContactProvider } from '@/components/sites/ClinicContact'
import { SiteFooter } from '@/components/sites/SiteFooter'
import { PreviewBanner } from '@/components/sites/PreviewBanner'
import { VisitMemory } from '@/components/sites/VisitMemory'
import { SiteHeader } from '@/components/sites/SiteHeader'
import { getBrandSettings } from '@/lib/sites/content'
import { isPreviewing } from '@/lib/sites/reader'
import { getSite } from '@/lib/sites/site'
import type { Clinic } from '@/payload-types'

import { fontPairing } from '../fonts'
import '../sites.css'
import { clinicPhone } from '@/lib/locale/phone'

type Props = { children: ReactNode; params: Promise<{ site: string }> }

/** The brand hub's own look: the same contrast-checked pairs a clinic must meet. */
const HUB_BRANDING: Pick<Clinic['branding'], 'backgroundColour' | 'textColour' | 'primaryColour' | 'onPrimaryColour' | 'accentColour' | 'fontPairing'> = {
  backgroundColour: '#ffffff',
  textColour: '#1a1a1a',
  primaryColour: '#2d2a6e',
  onPrimaryColour: '#ffffff',
  accentColour: '#8a4b08',
  fontPairing: 'modern',
}

// Sites are rendered on their first visit and then served from the cache until an edit expires them.
export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Omit<Props, 'children'>): Promise<Metadata> => {
  const site = await getSite((await params).site)
  const brand = await getBrandSettings()
  const name = site.clinic?.name ?? brand.brandName
  return {
    metadataBase: new URL(site.origin),
    title: { default: site.clinic?.seo?.metaTitle || name, template: `%s · ${name}` },
    description: site.clinic?.seo?.metaDescription || site.clinic?.branding.tagline || brand.tagline || undefined,
    openGraph: { siteName: name, locale: 'en_GB', type: 'website' },
  }
}

export default async function SiteLayout({ children, params }: Props) {
  const site = await getSite((await params).site)
  const brand = await getBrandSettings()
  const branding = site.clinic?.branding ?? HUB_BRANDING
  const fonts = fontPairing(branding.fontPairing)
  const look = {
    '--colour-background': branding.backgroundColour,
    '--colour-text': branding.textColour,
    '--colour-primary': branding.primaryColour,
    '--colour-on-primary': branding.onPrimaryColour,
    '--colour-accent': branding.accentColour,
    ...fonts.variables,
  } as CSSProperties
  return (
    <html lang="en-GB">
      <head>
        {fonts.preloads.map((href) => (
          <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
      </head>
      <body style={look} data-clinic={site.clinic?.slug ?? 'hub'}>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        {(await isPreviewing()) && <PreviewBanner path={site.base || '/'} />}
        <SiteHeader site={site} brand={brand} />
        <main id="main">
          <ClinicContactProvider contact={site.clinic && { name: site.clinic.name, phone: clinicPhone(site.clinic).shown, tel: clinicPhone(site.clinic).tel }}>{children}</ClinicContactProvider>
        </main>
        <SiteFooter site={site} brand={brand} />
        {site.clinic && <VisitMemory />}
      </body>
    </html>
  )
}
