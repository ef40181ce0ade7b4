import { Redis } from 'ioredis'

/** The Redis the shared-state tests use: REDIS_URL, or the one this project's machines run. */
export const testRedisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Whether that Redis answers; when it does not, says loudly which tests are skipped. */
export const testRedisUp = async (skippedTests: string): Promise<boolean> => {
  const probe = new Redis(testRedisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  try {
    await probe.connect()
    return (await probe.ping()) === 'PONG'
  } catch {
    console.warn(`\n!!! No Redis at ${testRedisUrl}: ${skippedTests} are SKIPPED.\n`)
    return false
  } finally {
    probe.disconnect()
  }
}
