import { Redis } from 'ioredis'
import { afterAll, describe, expect, it } from 'vitest'

import { memoryRateLimiter, type RateLimiter, redisRateLimiter } from '@/lib/leads/rateLimit'

import { testRedisUp, testRedisUrl } from '../helpers/redis'

/*
 * The lead form's rate limits, in process and in Redis. The Redis case runs against the server of
 * REDIS_URL (or 127.0.0.1:6379, which this project's machines run); several limiters on one Redis
 * stand for several app instances.
 */

const limit = { max: 3, windowMs: 60_000 }

const redisUp = await testRedisUp('the shared rate-limit tests')

const hits = async (limiter: RateLimiter, key: string, count: number) => {
  const decisions = []
  for (let i = 0; i < count; i += 1) decisions.push(await limiter.hit(key, limit))
  return decisions
}

describe('in-process rate limits', () => {
  it('allow the limit, then refuse until the window ends, per key', async () => {
    let now = 1_000_000
    const limiter = memoryRateLimiter(() => now)
    const decisions = await hits(limiter, 'ip:a', 4)
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false])
    expect(decisions[3]).toEqual({ allowed: false, retryAfterSeconds: 60 })
    expect((await limiter.hit('ip:b', limit)).allowed).toBe(true)
    now += 59_000
    expect(await limiter.hit('ip:a', limit)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    now += 1_000
    expect((await limiter.hit('ip:a', limit)).allowed).toBe(true)
  })
})

describe('a hit taken back', () => {
  it('frees its place in the running window, and never reaches into a window that has ended', async () => {
    let now = 1_000_000
    const limiter = memoryRateLimiter(() => now)
    await hits(limiter, 'clinic:1', 3)
    await limiter.takeBack('clinic:1')
    expect((await limiter.hit('clinic:1', limit)).allowed).toBe(true)
    expect((await limiter.hit('clinic:1', limit)).allowed).toBe(false)
    now += limit.windowMs
    await limiter.takeBack('clinic:1')
    expect((await hits(limiter, 'clinic:1', 4)).map((d) => d.allowed)).toEqual([true, true, true, false])
  })
})

describe('in-process rate limits under a flood of new addresses', () => {
  it('keep at most their key budget, forgetting finished windows first, then the oldest', async () => {
    let now = 0
    const limiter = memoryRateLimiter(() => now, 100)
    for (let i = 0; i < 10_000; i += 1) await limiter.hit(`ip:${i}`, limit)
    expect(limiter.size()).toBeLessThanOrEqual(100)
    // The newest keys are still counted.
    await hits(limiter, 'ip:9999', 2)
    expect((await limiter.hit('ip:9999', limit)).allowed).toBe(false)
    // Once their windows end, keys make room without evicting running ones.
    now += limit.windowMs
    await limiter.hit('ip:fresh', limit)
    expect(limiter.size()).toBe(1)
  })
})

describe.skipIf(!redisUp)('rate limits in Redis', () => {
  const clients: Redis[] = []
  const prefix = `stipple:test:${process.pid}:${Date.now()}:`
  const instance = () => {
    const client = new Redis(testRedisUrl)
    clients.push(client)
    return redisRateLimiter(client, prefix)
  }
  afterAll(async () => {
    const keys = await clients[0]!.keys(`${prefix}*`)
    if (keys.length) await clients[0]!.del(...keys)
    for (const client of clients) client.disconnect()
  })

  it('are shared by every app instance: three instances together allow the limit once', async () => {
    const [a, b, c] = [instance(), instance(), instance()]
    const decisions = [await a.hit('ip:x', limit), await b.hit('ip:x', limit), await c.hit('ip:x', limit), await a.hit('ip:x', limit)]
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false])
    const refused = decisions[3]!
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(55)
  })

  it('take a hit back for every instance, and leave a key with no running window absent', async () => {
    const [a, b] = [instance(), instance()]
    await hits(a, 'clinic:taken-back', 3)
    await b.takeBack('clinic:taken-back')
    expect((await a.hit('clinic:taken-back', limit)).allowed).toBe(true)
    expect((await b.hit('clinic:taken-back', limit)).allowed).toBe(false)
    await a.takeBack('clinic:never-hit')
    expect(await clients[0]!.exists(`${prefix}clinic:never-hit`)).toBe(0)
  })

  it('count concurrent hits exactly (no lost increments) and give each key its own window', async () => {
    const limiter = instance()
    const decisions = await Promise.all(Array.from({ length: 20 }, () => limiter.hit('clinic:1', limit)))
    expect(decisions.filter((d) => d.allowed)).toHaveLength(3)
    const ttl = await clients.at(-1)!.pttl(`${prefix}clinic:1`)
    expect(ttl).toBeGreaterThan(50_000)
    expect(ttl).toBeLessThanOrEqual(60_000)
    expect((await limiter.hit('clinic:2', limit)).allowed).toBe(true)
  })
})
