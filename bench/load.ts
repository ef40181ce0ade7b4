import autocannon from 'autocannon'

export type LoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }

/**
 * One load run against a URL, from this single process (the machine has two cores to share),
 * after a 2 s run that is not counted: every target, the reference included, is measured warm.
 */
export const load = async (url: string, host: string | undefined, { connections = 50, seconds = 8 } = {}): Promise<LoadResult> => {
  const run = (duration: number) => autocannon({ url, connections, duration, headers: host ? { host } : undefined })
  await run(2)
  const result = await run(seconds)
  // Slow targets leave requests in flight when the load stops; let the server finish them before the next target.
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
