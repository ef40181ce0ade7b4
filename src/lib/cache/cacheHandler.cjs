// @ts-check
// Next's cache handler (see next.config.ts). Pages stay in Next's file-system cache, as by default;
// what this adds is about whose they are, which are kept, and their expiry:
// - the caches belong to one database: a process on another database empties them first
//   (databaseCaches.cjs), so no page or read outlives the database it came from;
// - "page not found" answers and reads that found nothing are never stored: every random path or
//   slug would otherwise add a page or an entry on disk;
// - every expiry is counted (expiryCounts.cjs), so the page cache in front of Next (pageCache.mjs)
//   drops what it holds and the proxy reloads the live sites when `clinic-routing` expires;
// - expiries are shared with the other app instances through Redis (redisExpiries.cjs), and those
//   made outside Next are heard on a PostgreSQL channel (postgresExpiries.cjs);
// - the tags of the page a request is answered from are noted (pageTags.cjs) for the caching tier.
// Plain CommonJS because Next loads it at run time, outside the app's bundle.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const { databaseCaches } = require('./databaseCaches.cjs')
const { countExpiry } = require('./expiryCounts.cjs')
const { notePageTags } = require('./pageTags.cjs')
const { listenToPostgres } = require('./postgresExpiries.cjs')
const { publishExpiry, shareExpiries } = require('./redisExpiries.cjs')

/** @typedef {ConstructorParameters<typeof FileSystemCache>[0]} Context */
/** @typedef {Parameters<FileSystemCache['set']>[1]} Data */
/** @typedef {{ expire?: number }} Durations */

const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])

/**
 * Expires tags in this process only: what another instance or the jobs worker expired.
 * @param {string[]} tags @param {Durations} [durations]
 */
const expireHere = (tags, durations) => {
  FileSystemCache.prototype.revalidateTag.call({}, tags, durations)
  countExpiry(tags)
}

/**
 * A rendered "not found": the same page for every missing path, so it is rendered, never stored.
 * @param {Data} data
 */
const isNotFoundPage = (data) => Boolean(data && RESPONSE_KINDS.has(data.kind) && 'status' in data && data.status === 404)

/**
 * An unstable_cache read that found nothing (`getTreatment('no-such-slug')`): asked again, never stored.
 * @param {Data} data
 */
const isNothingFound = (data) => data?.kind === 'FETCH' && data.data?.body === 'null'

module.exports = class StippleCacheHandler extends FileSystemCache {
  /** @param {Context} ctx */
  constructor(ctx) {
    super(ctx)
    this.caches = databaseCaches()
    this.distDir = ctx.serverDistDir
    if (process.env.NEXT_PHASE !== 'phase-production-build') shareExpiries(expireHere)
    listenToPostgres(expireHere)
  }

  /** @param {Parameters<FileSystemCache['get']>} args */
  async get(...args) {
    if (!(await this.caches.ready(this.distDir))) return null
    const entry = await super.get(...args)
    notePageTags(entry?.value)
    return entry
  }

  /** @param {Parameters<FileSystemCache['set']>} args */
  async set(...args) {
    const [, data] = args
    if (isNotFoundPage(data) || isNothingFound(data) || !(await this.caches.ready(this.distDir))) return
    notePageTags(data)
    return super.set(...args)
  }

  /** @param {string | string[]} tags @param {Durations} [durations] */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    const list = typeof tags === 'string' ? [tags] : tags
    countExpiry(list)
    await publishExpiry(list, durations)
  }
}
