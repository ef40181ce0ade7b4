// @ts-check
// Changes made outside Next (the jobs worker publishing on schedule) are announced on a PostgreSQL
// channel (expiryAnnouncements.ts); every app process listens here and expires the tags it hears.
// Plain CommonJS: loaded by the cache handler, outside Next's bundle.
const { EXPIRED_TAGS_CHANNEL } = require('./channels.cjs')

const LISTENING = Symbol.for('stipple.expiryListener')
/** After the connection is lost, wait this long before opening another. */
const RECONNECT_MS = 2000

/** @typedef {(tags: string[], durations?: { expire?: number }) => void} ExpireHere */

/**
 * One LISTEN connection per app process, however many cache handlers Next creates, reopened when
 * the database goes away and comes back.
 * @param {ExpireHere} expireHere expires tags in this process only
 */
const listenToPostgres = (expireHere) => {
  const store = /** @type {Record<symbol, boolean | undefined>} */ (/** @type {unknown} */ (globalThis))
  // A build prerenders with no one to tell; scripts and tests have no DATABASE_URI of their own here.
  if (store[LISTENING] || !process.env.DATABASE_URI || process.env.NEXT_PHASE === 'phase-production-build') return
  store[LISTENING] = true
  const { Client } = require('pg')
  const connect = () => {
    const client = new Client({ connectionString: process.env.DATABASE_URI })
    let retried = false
    const retry = () => {
      if (retried) return
      retried = true
      client.end().catch(() => {})
      setTimeout(connect, RECONNECT_MS).unref()
    }
    client.on('error', retry)
    client.on('end', retry)
    client.on('notification', ({ payload }) => {
      try {
        const tags = JSON.parse(payload ?? '')
        if (Array.isArray(tags) && tags.length > 0) expireHere(tags)
      } catch {
        // not ours
      }
    })
    client
      .connect()
      .then(() => client.query(`LISTEN ${EXPIRED_TAGS_CHANNEL}`))
      // The listener alone does not keep the process alive.
      .then(() => /** @type {{ unref?: () => void } | undefined} */ (client.connection?.stream)?.unref?.())
      .catch(retry)
  }
  connect()
}

module.exports = { listenToPostgres }
