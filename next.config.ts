import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants'

import { readEnv } from './src/lib/env'
import { type Area, contentSecurityPolicy, securityHeaders } from './src/lib/http/securityHeaders.mjs'

/**
 * `next dev` has no production server in front of it (scripts/serve.mjs sets the security headers
 * there, per response): it gets the same headers from here, with the allowances its tooling needs
 * (and none on the API, whose GraphQL playground loads its own scripts in development).
 */
const developmentHeaders = async () => {
  const { serverUrl } = readEnv()
  const rule = (source: string, area: Area) => {
    const context = { area, serverUrl, document: area !== 'api', development: true }
    const policy = contentSecurityPolicy(context)
    const headers = { ...securityHeaders(context), ...(policy ? { 'Content-Security-Policy': policy } : {}) }
    return { source, headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }
  }
  return [rule('/:path((?!admin|api|_next).*)', 'site'), rule('/admin', 'admin'), rule('/admin/:path*', 'admin'), rule('/api/:path*', 'api')]
}

const nextConfig = (phase: string): NextConfig =>
  withPayload(
    {
      poweredByHeader: false,
      // The browser tests build into their own folder, so they never overwrite a developer's build.
      distDir: process.env.STIPPLE_DIST_DIR || '.next',
      images: { formats: ['image/avif', 'image/webp'] },
      // A page's CSS (2–3 KB compressed) in its HTML: a phone does not wait for another round trip before the first paint.
      experimental: { inlineCss: true },
      // Counts expiries for the page cache in front of Next; with REDIS_URL, shares them between instances.
      cacheHandler: path.resolve('src/lib/cache/cacheHandler.cjs'),
      ...(phase === PHASE_DEVELOPMENT_SERVER ? { headers: developmentHeaders } : {}),
    },
    { devBundleServerPackages: false },
  )

export default nextConfig
