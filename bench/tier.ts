import { startTier } from '../src/lib/runtime/varnish'
import { measureEditToLive } from './editToLive'
import { get } from './http'
import { load, type LoadResult } from './load'

export type TierResult = {
  pages: Record<string, LoadResult & { percentOfDirect: number | null }>
  editToLiveMs: { p50: number; p95: number; samples: number[] }
}

/**
 * The pages through the caching tier (Varnish with deploy/varnish.vcl, on this machine) in front of
 * the production server, loaded as the direct figures are, and an edit timed until it shows through
 * the tier. `direct`: the same pages' direct figures, when this run (or the last) measured them.
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
      console.log(`[bench] ${name}, through the tier…`)
      const result = await load(`${origin}${pathname}`, host)
      const directRate = direct?.[name]?.requestsPerSecond
      pages[name] = { ...result, percentOfDirect: directRate ? Math.round((1000 * result.requestsPerSecond) / directRate) / 10 : null }
    }
    console.log('[bench] edit-to-live through the tier…')
    const editToLiveMs = await measureEditToLive(`http://localhost:${serverPort}`, origin)
    return { pages, editToLiveMs }
  } finally {
    await tier.remove()
  }
}
