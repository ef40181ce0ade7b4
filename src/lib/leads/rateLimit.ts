import 'server-only'

import { Redis } from 'ioredis'

export type Limit = { max: number; windowMs: number }
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Counts hits per key in fixed windows; a key over its limit is refused until its window ends. */
export interface RateLimiter {
  hit(key: string, limit: Limit): Promise<RateDecision>
  /** Takes back one hit of `key` in its running window: a hit that turned out not to count. */
  takeBack(key: string): Promise<void>
}

const decide = (count: number, limit: Limit, msLeft: number): RateDecision =>
  count <= limit.max ? { allowed: true } : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)) }

/** Keys one process keeps at most: about 100 bytes each, so a few MB whatever a flood sends. */
export const MEMORY_LIMITER_KEYS = 20_000

/**
 * One app instance: counts live in this process, at most `maxKeys` windows. When full, finished
 * windows go first, then the oldest running ones (a Map keeps insertion order): a flood of new
 * addresses can only make the limiter forget early, never grow the process. Redis keys expire
 * with their windows.
 */
export const memoryRateLimiter = (now: () => number = Date.now, maxKeys = MEMORY_LIMITER_KEYS): RateLimiter & { size(): number } => {
  const windows = new Map<string, { count: number; endsAt: number }>()
  const makeRoom = (time: number) => {
    for (const [key, window] of windows) if (window.endsAt <= time) windows.delete(key)
    // A tenth at once, so a flood of new keys does not scan the whole map on every request.
    for (const key of windows.keys()) {
      if (windows.size < maxKeys * 0.9) break
      windows.delete(key)
    }
  }
  return {
    async hit(key, limit) {
      const time = now()
      let window = windows.get(key)
      if (!window || window.endsAt <= time) {
        windows.delete(key)
        if (windows.size >= maxKeys) makeRoom(time)
        window = { count: 0, endsAt: time + limit.windowMs }
        windows.set(key, window)
      }
      window.count += 1
      return decide(window.count, limit, window.endsAt - time)
    },
    async takeBack(key) {
      const window = windows.get(key)
      if (window && window.endsAt > now() && window.count > 0) window.count -= 1
    },
    size: () => windows.size,
  }
}

/** One hit fewer for a key whose window is running (DECR alone would start a key without an expiry). */
const TAKE_BACK = "if redis.call('pttl', KEYS[1]) > 0 then redis.call('decr', KEYS[1]) end return 0"

/** Several app instances: counts live in Redis, so a visitor cannot multiply the limit by instances. */
export const redisRateLimiter = (redis: Redis, prefix = 'stipple:rate:'): RateLimiter => ({
  async hit(key, limit) {
    const name = `${prefix}${key}`
    // INCR and the first expiry in one round trip; NX keeps a running window's end where it is.
    const [[, count], , [, msLeft]] = (await redis.multi().incr(name).pexpire(name, limit.windowMs, 'NX').pttl(name).exec()) as [
      [unknown, number],
      unknown,
      [unknown, number],
    ]
    return decide(count, limit, msLeft)
  },
  async takeBack(key) {
    await redis.eval(TAKE_BACK, 1, `${prefix}${key}`)
  },
})


let shared: RateLimiter | undefined

/**
 * The limiter of this process: Redis when `REDIS_URL` is set, in memory otherwise. A Redis that is
 * down must not turn visitors away, so its errors fall back to counting in this process.
 */
export const rateLimiterFor = (redisUrl: string | undefined): RateLimiter => {
  if (shared) return shared
  const local = memoryRateLimiter()
  if (!redisUrl) return (shared = local)
  // Commands wait for the connection (a first request right after start must count in Redis too),
  // but never long: a Redis that does not answer within a second falls back to this process.
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 1000, connectTimeout: 2000 })
  redis.on('error', () => {
    // Reported by the failing command below; ioredis reconnects on its own.
  })
  const remote = redisRateLimiter(redis)
  return (shared = {
    async hit(key, limit) {
      try {
        return await remote.hit(key, limit)
      } catch {
        return local.hit(key, limit)
      }
    },
    async takeBack(key) {
      await remote.takeBack(key).catch(() => local.takeBack(key))
    },
  })
}
