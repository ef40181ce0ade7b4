export type SitemapEntry = { url: string; lastModified?: string | Date }

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (char) => XML_ENTITIES[char])

// A wrong date tells crawlers to skip or re-fetch for nothing; no date is better than a bad one.
const w3cDatetime = (value: string | Date): string | undefined => {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/** A sitemaps.org 0.9 document of absolute canonical addresses. */
export const sitemapXml = (entries: SitemapEntry[]): string => {
  const urls = entries.map((entry) => {
    // Crawlers ignore a relative <loc> without saying so; fail where the mistake is made instead.
    if (!/^https?:\/\//.test(entry.url)) throw new Error(`Sitemap addresses must be absolute; got "${entry.url}".`)
    const lastmod = entry.lastModified === undefined ? undefined : w3cDatetime(entry.lastModified)
    return `  <url>\n    <loc>${escapeXml(entry.url)}</loc>\n${lastmod ? `    <lastmod>${lastmod}</lastmod>\n` : ''}  </url>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}

// Payload serves the admin, its API and draft previews under these; uploaded images are the
// exception, because search engines must fetch a page's pictures, logo and share image.
const ALWAYS_DISALLOWED = ['/admin', '/api']
const ALLOWED_UNDER_API = ['/api/media/file/']

/**
 * robots.txt for one site. Extra `disallow` paths add to the defaults, never replace them, so no
 * caller can open the admin to crawlers by passing its own list. `sitemapUrl` may be relative to
 * `origin`; the Sitemap line must be absolute.
 */
export const robotsTxt = ({ origin, sitemapUrl, disallow = [] }: { origin: string; sitemapUrl: string; disallow?: string[] }): string => {
  const disallowed = [...new Set([...ALWAYS_DISALLOWED, ...disallow])]
  return [
    'User-agent: *',
    ...ALLOWED_UNDER_API.map((path) => `Allow: ${path}`),
    ...disallowed.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${new URL(sitemapUrl, origin).href}`,
    '',
  ].join('\n')
}
