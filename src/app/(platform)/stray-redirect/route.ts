import type { NextRequest } from 'next/server'

import { readEnv } from '@/lib/env'
import { STRAY_TARGET_HEADER, strayRedirect } from '@/lib/sites/siteRoute'

/**
 * The permanent redirect of a stray (a Host no live clinic lists, a `/clinics/<slug>` of no live
 * clinic) to the platform: reached only through the proxy's rewrite, which names the target.
 */
export const dynamic = 'force-dynamic'

const redirectStray = (request: NextRequest) => {
  const target = request.headers.get(STRAY_TARGET_HEADER) ?? ''
  // Only ever to the platform itself, whatever the header says.
  if (!target.startsWith(`${new URL(readEnv().serverUrl).origin}/`)) return new Response('Not found', { status: 404 })
  return strayRedirect(target)
}

export { redirectStray as DELETE, redirectStray as GET, redirectStray as HEAD, redirectStray as OPTIONS, redirectStray as PATCH, redirectStray as POST, redirectStray as PUT }
