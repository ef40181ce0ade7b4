// Next's cache handler (see next.config.ts). Pages stay in Next's file-system cache, as by default;
// what this adds is about their expiry:
// - every expiry is counted, so the page cache in front of Next (pageCache.ts) drops what it holds;
// - with REDIS_URL (several app instances), a tag expired on one instance (an edit in the admin) is
//   published through Redis and expired on every other instance at once, so an edit is live
//   everywhere on the next request.
// Plain CommonJS because Next loads it at run time, outside the app's bundle.
const { randomUUID } = require('node:crypto')

const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const CHANNEL = 'stipple:cache:expired-tags'
const SHARED = Symbol.for('stipple.sharedTags')
const EXPIRIES = Symbol.for('stipple.pageExpiries')

const countExpiry = () => {
  globalThis[EXPIRIES] = (globalThis[EXPIRIES] ?? 0) + 1
}

/** One publisher and one subscriber per process, however many handlers Next creates. */
const shared = () => {
  if (globalThis[SHARED] !== undefined) return globalThis[SHARED]
  const url = process.env.REDIS_URL
  if (!url) return (globalThis[SHARED] = null)
  const { Redis } = require('ioredis')
  const instance = randomUUID()
  const options = { maxRetriesPerRequest: 2, lazyConnect: false }
  const publisher = new Redis(url, options)
  const subscriber = new Redis(url, options)
  // Connection trouble is reported by ioredis' reconnects; a page then stays cached a little longer.
  publisher.on('error', () => {})
  subscriber.on('error', () => {})
  subscriber.subscribe(CHANNEL).catch(() => {})
  subscriber.on('message', (_channel, message) => {
    try {
      const { from, tags, durations } = JSON.parse(message)
      if (from === instance) return
      FileSystemCache.prototype.revalidateTag.call({}, tags, durations)
      countExpiry()
    } catch {
      // not ours
    }
  })
  return (globalThis[SHARED] = { instance, publisher })
}

module.exports = class StippleCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx)
    shared()
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    countExpiry()
    const redis = shared()
    const list = typeof tags === 'string' ? [tags] : tags
    if (redis && list.length > 0) await redis.publisher.publish(CHANNEL, JSON.stringify({ from: redis.instance, tags: list, durations })).catch(() => {})
  }
}
