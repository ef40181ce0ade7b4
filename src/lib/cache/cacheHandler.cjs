// Next's cache handler for several app instances (used when REDIS_URL is set; see next.config.ts).
// Pages stay in each instance's own file-system cache, as by default; what is shared is their
// expiry: a tag expired on one instance (an edit in the admin) is published through Redis and
// expired on every other instance at once, so an edit is live everywhere on the next request.
// Plain CommonJS because Next loads it at run time, outside the app's bundle.
const { randomUUID } = require('node:crypto')

const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
const { Redis } = require('ioredis')

const CHANNEL = 'stipple:cache:expired-tags'
const SHARED = Symbol.for('stipple.sharedTags')

/** One publisher and one subscriber per process, however many handlers Next creates. */
const shared = () => {
  if (globalThis[SHARED]) return globalThis[SHARED]
  const url = process.env.REDIS_URL
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
      if (from !== instance) FileSystemCache.prototype.revalidateTag.call({}, tags, durations)
    } catch {
      // not ours
    }
  })
  globalThis[SHARED] = { instance, publisher }
  return globalThis[SHARED]
}

module.exports = class SharedTagsCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx)
    shared()
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    const { instance, publisher } = shared()
    const list = typeof tags === 'string' ? [tags] : tags
    if (list.length > 0) await publisher.publish(CHANNEL, JSON.stringify({ from: instance, tags: list, durations })).catch(() => {})
  }
}
