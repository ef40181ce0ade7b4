import { ImageResponse } from 'next/og'

import { getBrandSettings } from '@/lib/sites/content'
import { getSite } from '@/lib/sites/site'

export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const alt = 'Scalp micro-pigmentation clinic'

export const generateStaticParams = async () => []

/** The share card of every page of a site, drawn from its branding (next/og bundles its own font). */
export default async function OpenGraphImage({ params }: { params: Promise<{ site: string }> }) {
  const site = await getSite((await params).site)
  const brand = await getBrandSettings()
  const { clinic } = site
  const background = clinic?.branding.primaryColour ?? '#2d2a6e'
  const text = clinic?.branding.onPrimaryColour ?? '#ffffff'
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: 80, background, color: text }}>
        <div style={{ fontSize: 72, fontWeight: 700 }}>{clinic?.name ?? brand.brandName}</div>
        <div style={{ fontSize: 36, marginTop: 24 }}>{clinic?.branding.tagline ?? brand.tagline ?? ''}</div>
        <div style={{ fontSize: 28, marginTop: 48 }}>
          {clinic ? `Scalp micro-pigmentation · ${clinic.contact.city}` : 'Scalp micro-pigmentation clinics'}
        </div>
      </div>
    ),
    size,
  )
}
