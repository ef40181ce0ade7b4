import { startTier } from '../scripts/lib/varnish'
import { measureEditToLive } from './editToLive'
import { get } from './http'
import { load, type LoadResult } from './load'

export type TierResult = {
  pages: Record<string, LoadResult & { direct: LoadResult; percentOfDirect: number }>
  editToLiveMs: { p50: number; p95: number; samples: number[] }
}

/**
 * The pages through the caching tier (Varnish with deploy/varnish.vcl, on this machine) in front of
 * the production server, loaded as the direct figures are, and an edit timed until it shows through
 * the tier. `direct`: the same pages' direct figures when this run measured them; otherwise each page
 * is measured directly too, just before it is measured through the tier.
 */
export const measureTier = async ({
  serverPort,
  tierPort,
  purgeSecret,
  targets,
  direct,
}: {
  serverPort: number
  tierPort: number
  purgeSecret: string
  targets: [string, string, string][]
  direct: Record<string, LoadResult> | undefined
}): Promise<TierResult> => {
  const tier = await startTier({ backendPort: serverPort, purgeSecret, port: tierPort })
  try {
    const origin = `http://127.0.0.1:${tier.port}`
    for (const [, host, pathname] of targets) await get(`${origin}${pathname}`, host) // the tier's first fetch
    const pages: TierResult['pages'] = {}
    for (const [name, host, pathname] of targets) {
      const directly = direct?.[name] ?? (console.log(`[bench] ${name}, directly…`), await load(`http://127.0.0.1:${serverPort}${pathname}`, host))
      console.log(`[bench] ${name}, through the tier…`)
      const result = await load(`${origin}${pathname}`, host)
      pages[name] = { ...result, direct: directly, percentOfDirect: Math.round((1000 * result.requestsPerSecond) / directly.requestsPerSecond) / 10 }
    }
    console.log('[bench] edit-to-live through the tier…')
    const editToLiveMs = await measureEditToLive(`http://localhost:${serverPort}`, origin)
    return { pages, editToLiveMs }
  } finally {
    await tier.remove()
  }
}
