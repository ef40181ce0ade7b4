import autocannon from 'autocannon'

export type LoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }

/** One load run against a URL, from this single process (the machine has two cores to share). */
export const load = async (url: string, host: string | undefined, { connections = 50, seconds = 8 } = {}): Promise<LoadResult> => {
  const result = await autocannon({ url, connections, duration: seconds, headers: host ? { host } : undefined })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}
