import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The browser tests build into their own folder, so they never overwrite a developer's build.
  distDir: process.env.STIPPLE_DIST_DIR || '.next',
  images: { formats: ['image/avif', 'image/webp'] },
  // A page's CSS (2–3 KB compressed) in its HTML: a phone does not wait for another round trip before the first paint.
  experimental: { inlineCss: true },
  // Counts expiries for the page cache in front of Next; with REDIS_URL, shares them between instances.
  cacheHandler: path.resolve('src/lib/cache/cacheHandler.cjs'),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
