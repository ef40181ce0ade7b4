// Next's cache handler (see next.config.ts). Pages stay in Next's file-system cache, as by default;
// what this adds is about their expiry:
// - every expiry is counted, so the page cache in front of Next (pageCache.mjs) drops what it holds;
// - with REDIS_URL (several app instances), a tag expired on one instance (an edit in the admin) is
//   published through Redis and expired on every other instance at once, so an edit is live
//   everywhere on the next request;
// - changes made outside Next (the jobs worker publishing on schedule) are announced on a
//   PostgreSQL channel (expiryAnnouncements.ts), which every app process listens to.
// Plain CommonJS because Next loads it at run time, outside the app's bundle.
const { randomUUID } = require('node:crypto')

const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const CHANNEL = 'stipple:cache:expired-tags'
const POSTGRES_CHANNEL = 'stipple_expired_tags'
const SHARED = Symbol.for('stipple.sharedTags')
const LISTENING = Symbol.for('stipple.expiryListener')
const EXPIRIES = Symbol.for('stipple.pageExpiries')

const countExpiry = () => {
  globalThis[EXPIRIES] = (globalThis[EXPIRIES] ?? 0) + 1
}

const expireHere = (tags, durations) => {
  FileSystemCache.prototype.revalidateTag.call({}, tags, durations)
  countExpiry()
}

/** One LISTEN connection per app process, reopened when the database goes away and comes back. */
const listenToPostgres = () => {
  // A build prerenders with no one to tell; scripts and tests have no DATABASE_URI of their own here.
  if (globalThis[LISTENING] || !process.env.DATABASE_URI || process.env.NEXT_PHASE === 'phase-production-build') return
  globalThis[LISTENING] = true
  const { Client } = require('pg')
  const connect = () => {
    const client = new Client({ connectionString: process.env.DATABASE_URI })
    let retried = false
    const retry = () => {
      if (retried) return
      retried = true
      client.end().catch(() => {})
      setTimeout(connect, 2000).unref()
    }
    client.on('error', retry)
    client.on('end', retry)
    client.on('notification', ({ payload }) => {
      try {
        const tags = JSON.parse(payload)
        if (Array.isArray(tags) && tags.length > 0) expireHere(tags)
      } catch {
        // not ours
      }
    })
    client
      .connect()
      .then(() => client.query(`LISTEN ${POSTGRES_CHANNEL}`))
      .then(() => client.connection?.stream?.unref?.())
      .catch(retry)
  }
  connect()
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
      if (from !== instance) expireHere(tags, durations)
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
    listenToPostgres()
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    countExpiry()
    const redis = shared()
    const list = typeof tags === 'string' ? [tags] : tags
    if (redis && list.length > 0) await redis.publisher.publish(CHANNEL, JSON.stringify({ from: redis.instance, tags: list, durations })).catch(() => {})
  }
}
