import { describe, expect, it } from 'vitest'

import { robotsTxt, sitemapXml } from '@/lib/seo/sitemap'

const ORIGIN = 'https://london.stipple.example'

/** The <url> elements of a sitemap, each as its <loc> and optional <lastmod> text. */
const urlsOf = (xml: string) =>
  [...xml.matchAll(/<url>\s*<loc>([^<]*)<\/loc>\s*(?:<lastmod>([^<]*)<\/lastmod>\s*)?<\/url>/g)].map(([, loc, lastmod]) => ({ loc, lastmod }))

describe('the sitemap a crawler fetches', () => {
  const xml = sitemapXml([
    { url: `${ORIGIN}/`, lastModified: new Date('2025-03-04T05:06:07Z') },
    { url: `${ORIGIN}/treatments/scar-camouflage`, lastModified: '2025-02-01T10:00:00.000+01:00' },
    { url: `${ORIGIN}/results?treatment=scar&page=2` },
    { url: `${ORIGIN}/faq`, lastModified: 'not a date' },
  ])

  it('is a sitemaps.org urlset with one <url> per page and nothing else', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n')).toBe(true)
    expect(xml.endsWith('</urlset>\n')).toBe(true)
    const inside = xml.slice(xml.indexOf('<urlset'), xml.lastIndexOf('</urlset>'))
    expect(inside.replace(/<urlset[^>]*>/, '').replace(/<url>[\s\S]*?<\/url>/g, '').trim()).toBe('')
    expect(urlsOf(xml)).toHaveLength(4)
  })

  it('escapes & in addresses and leaves no bare ampersand', () => {
    expect(urlsOf(xml)[2].loc).toBe(`${ORIGIN}/results?treatment=scar&amp;page=2`)
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/)
  })

  it('gives lastmod as a W3C datetime in UTC, and none for a date it cannot read', () => {
    expect(urlsOf(xml).map((url) => url.lastmod)).toEqual(['2025-03-04T05:06:07.000Z', '2025-02-01T09:00:00.000Z', undefined, undefined])
  })

  it('refuses a relative address instead of publishing one crawlers ignore', () => {
    expect(() => sitemapXml([{ url: '/treatments' }])).toThrow('Sitemap addresses must be absolute; got "/treatments".')
  })

  it('is still valid with no pages', () => {
    expect(urlsOf(sitemapXml([]))).toEqual([])
  })
})

describe('robots.txt', () => {
  it('keeps crawlers out of the admin and API, lets them fetch uploaded images, and names the sitemap', () => {
    expect(robotsTxt({ origin: ORIGIN, sitemapUrl: '/sitemap.xml' }).split('\n')).toEqual([
      'User-agent: *',
      'Allow: /api/media/file/',
      'Disallow: /admin',
      'Disallow: /api',
      '',
      `Sitemap: ${ORIGIN}/sitemap.xml`,
      '',
    ])
  })

  it('adds extra disallowed paths without dropping the defaults or repeating one', () => {
    const lines = robotsTxt({ origin: ORIGIN, sitemapUrl: `${ORIGIN}/sitemap.xml`, disallow: ['/api', '/thank-you'] }).split('\n')
    expect(lines.filter((line) => line.startsWith('Disallow:'))).toEqual(['Disallow: /admin', 'Disallow: /api', 'Disallow: /thank-you'])
    expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`)
  })
})
