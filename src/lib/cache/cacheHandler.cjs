// Next's cache handler (see next.config.ts). Pages stay in Next's file-system cache, as by default;
// what this adds is about whose they are, which are kept, and their expiry:
// - the caches belong to one database: a process on another database empties them first
//   (databaseCaches.cjs), so no page or read outlives the database it came from;
// - "page not found" answers and reads that found nothing are never stored: every random path or
//   slug would otherwise add a page or an entry on disk;
// - every expiry is counted (expiryCounts.cjs), so the page cache in front of Next (pageCache.mjs)
//   drops what it holds and the proxy reloads the live sites when `clinic-routing` expires;
// - with REDIS_URL (several app instances), a tag expired on one instance (an edit in the admin) is
//   published through Redis and expired on every other instance on the same database at once, so
//   an edit is live everywhere on the next request;
// - changes made outside Next (the jobs worker publishing on schedule) are announced on a
//   PostgreSQL channel (expiryAnnouncements.ts), which every app process listens to;
// - the tags of the page a request is answered from are noted (pageTags.cjs) for the caching tier.
// Plain CommonJS because Next loads it at run time, outside the app's bundle.
const { randomUUID } = require('node:crypto')

const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const { databaseCaches } = require('./databaseCaches.cjs')
const { countExpiry } = require('./expiryCounts.cjs')
const { notePageTags } = require('./pageTags.cjs')

const CHANNEL_PREFIX = 'stipple:cache:expired-tags:'
const POSTGRES_CHANNEL = 'stipple_expired_tags'
const SHARED = Symbol.for('stipple.sharedTags')
const CONNECTED = Symbol.for('stipple.sharedTagsConnected')
const LISTENING = Symbol.for('stipple.expiryListener')
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])

const expireHere = (tags, durations) => {
  FileSystemCache.prototype.revalidateTag.call({}, tags, durations)
  countExpiry(tags)
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

/**
 * One publisher and one subscriber per process, however many handlers Next creates, on a channel
 * of this database: instances on other databases (another deployment, another test run on the
 * same Redis) neither hear nor disturb them. Until the database has said which it is (at start,
 * or while it is down), expiries stay on this instance, as without Redis.
 */
const shareExpiries = () => {
  const url = process.env.REDIS_URL
  if (globalThis[SHARED] || !url) return
  globalThis[SHARED] = true
  const connect = async () => {
    let database = null
    while (database === null) {
      database = await databaseCaches().identity()
      if (database === null) await new Promise((resolve) => setTimeout(resolve, 2000).unref())
    }
    const { Redis } = require('ioredis')
    const channel = `${CHANNEL_PREFIX}${database}`
    const instance = randomUUID()
    const options = { maxRetriesPerRequest: 2, lazyConnect: false }
    const publisher = new Redis(url, options)
    const subscriber = new Redis(url, options)
    // Connection trouble is reported by ioredis' reconnects; a page then stays cached a little longer.
    publisher.on('error', () => {})
    subscriber.on('error', () => {})
    subscriber.subscribe(channel).catch(() => {})
    subscriber.on('message', (_channel, message) => {
      try {
        const { from, tags, durations } = JSON.parse(message)
        if (from !== instance) expireHere(tags, durations)
      } catch {
        // not ours
      }
    })
    globalThis[CONNECTED] = { instance, channel, publisher }
  }
  connect().catch(() => {})
}

/** A rendered "not found": the same page for every missing path, so it is rendered, never stored. */
const isNotFoundPage = (data) => Boolean(data && RESPONSE_KINDS.has(data.kind) && data.status === 404)

/** An unstable_cache read that found nothing (`getTreatment('no-such-slug')`): asked again, never stored. */
const isNothingFound = (data) => data?.kind === 'FETCH' && data.data?.body === 'null'

module.exports = class StippleCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx)
    this.caches = databaseCaches()
    if (process.env.NEXT_PHASE !== 'phase-production-build') shareExpiries()
    listenToPostgres()
  }

  async get(key, ctx) {
    if (!(await this.caches.ready(this.serverDistDir))) return null
    const entry = await super.get(key, ctx)
    notePageTags(entry?.value)
    return entry
  }

  async set(key, data, ctx) {
    if (isNotFoundPage(data) || isNothingFound(data) || !(await this.caches.ready(this.serverDistDir))) return
    notePageTags(data)
    return super.set(key, data, ctx)
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    const list = typeof tags === 'string' ? [tags] : tags
    countExpiry(list)
    const redis = globalThis[CONNECTED]
    if (redis && list.length > 0) await redis.publisher.publish(redis.channel, JSON.stringify({ from: redis.instance, tags: list, durations })).catch(() => {})
  }
}
