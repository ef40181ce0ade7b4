// @ts-check
// The channels on which expired cache tags travel between processes, named once for both sides:
// the cache handler's listeners (plain CommonJS, loaded by Next outside the app's bundle) and the
// TypeScript that announces (expiryAnnouncements.ts).

/**
 * PostgreSQL's LISTEN/NOTIFY channel: processes without Next's page cache (the jobs worker)
 * announce the tags their changes expired (expiryAnnouncements.ts); every app process listens
 * (postgresExpiries.cjs), whether or not Redis is in use.
 */
const EXPIRED_TAGS_CHANNEL = 'stipple_expired_tags'

/**
 * The Redis channel of one database's app instances (redisExpiries.cjs): instances on another
 * database (another deployment, another test run on the same Redis) neither hear nor disturb them.
 * @param {string} database the database's identity (databaseCaches.cjs)
 */
const redisExpiryChannel = (database) => `stipple:cache:expired-tags:${database}`

module.exports = { EXPIRED_TAGS_CHANNEL, redisExpiryChannel }
