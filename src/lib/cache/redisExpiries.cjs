// @ts-check
// With REDIS_URL (several app instances), a tag expired on one instance (an edit in the admin) is
// published through Redis and expired on every other instance on the same database at once, so an
// edit is live everywhere on the next request. Plain CommonJS: loaded by the cache handler, outside
// Next's bundle.
const { randomUUID } = require('node:crypto')

const { redisExpiryChannel } = require('./channels.cjs')
const { databaseCaches } = require('./databaseCaches.cjs')

const SHARED = Symbol.for('stipple.sharedTags')
const CONNECTED = Symbol.for('stipple.sharedTagsConnected')
/** While the database cannot say which it is, ask again this often. */
const IDENTITY_RETRY_MS = 2000

/** @typedef {{ expire?: number }} Durations */
/** @typedef {(tags: string[], durations?: Durations) => void} ExpireHere */
/** @typedef {{ instance: string, channel: string, publisher: import('ioredis').Redis }} Connected */
/** @typedef {{ [SHARED]?: boolean, [CONNECTED]?: Connected }} Store */

const store = /** @type {Store} */ (/** @type {unknown} */ (globalThis))

/**
 * One publisher and one subscriber per process, however many handlers Next creates, on the
 * channel of this database. Until the database has said which it is (at start, or while it is
 * down), expiries stay on this instance, as without Redis.
 * @param {ExpireHere} expireHere expires tags in this process only
 */
const shareExpiries = (expireHere) => {
  const url = process.env.REDIS_URL
  if (store[SHARED] || !url) return
  store[SHARED] = true
  const connect = async () => {
    /** @type {string | null} */
    let database = null
    while (database === null) {
      database = await databaseCaches().identity()
      if (database === null) await new Promise((resolve) => setTimeout(resolve, IDENTITY_RETRY_MS).unref())
    }
    const { Redis } = require('ioredis')
    const channel = redisExpiryChannel(database)
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
    store[CONNECTED] = { instance, channel, publisher }
  }
  connect().catch(() => {})
}

/**
 * Tells the other instances on this database which tags this one expired (nothing before Redis
 * is connected, or without it).
 * @param {string[]} tags
 * @param {Durations} [durations]
 */
const publishExpiry = async (tags, durations) => {
  const redis = store[CONNECTED]
  if (redis && tags.length > 0) await redis.publisher.publish(redis.channel, JSON.stringify({ from: redis.instance, tags, durations })).catch(() => {})
}

module.exports = { publishExpiry, shareExpiries }
