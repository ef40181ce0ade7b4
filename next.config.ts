import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The browser tests build into their own folder, so they never overwrite a developer's build.
  distDir: process.env.STIPPLE_DIST_DIR || '.next',
  images: { formats: ['image/avif', 'image/webp'] },
  // Several instances behind a load balancer: an edit expires the pages of every instance.
  cacheHandler: process.env.REDIS_URL ? path.resolve('src/lib/cache/sharedTagsCacheHandler.cjs') : undefined,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
