// @ts-check
import http from 'node:http'

import next from 'next'

import { createApiReadCache, createPageCache } from '../src/lib/cache/pageCache.mjs'
import { collectPageTags } from '../src/lib/cache/pageTags.cjs'
import { stampSocketAddress } from '../src/lib/http/clientAddress.mjs'
import { refuseOversizedLead } from '../src/lib/http/leadBodyBudget.mjs'
import { secureResponses } from '../src/lib/http/secureResponses.mjs'
import { tierHeaders } from '../src/lib/http/tierHeaders.mjs'
import { askAnonymously, createImageGate } from '../src/lib/storage/imageOptimizerGate.mjs'

/*
 * The production web server (`npm start` runs it): Next's own request handler behind the page
 * cache and the API's public-read cache (src/lib/cache/pageCache.mjs), every answer with its security headers
 * (src/lib/http/secureResponses.mjs) and the lifetime a cache in front may keep it for, tagged for
 * the caching tier when there is one (src/lib/http/tierHeaders.mjs). It hands the app the socket's
 * address in a header of its own (src/lib/http/clientAddress.mjs) and refuses an oversized
 * consultation request before Next reads it (src/lib/http/leadBodyBudget.mjs). Listens on --port
 * (or PORT, default 3000). Plain JavaScript,
 * run by Node itself: no TypeScript loader in the path of every request.
 */
const startedAt = Date.now()
const portArg = process.argv.indexOf('--port')
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 3000))
const megabytes = Number(process.env.PAGE_CACHE_MB ?? 128)
// Checked and filled in by the launcher (src/lib/env.ts), as every variable is.
const serverUrl = process.env.SERVER_URL
if (!serverUrl) throw new Error('SERVER_URL is not set: start the production server with "npm start".')

const app = next({ dev: false, dir: process.cwd(), port })
await app.prepare()
const handle = app.getRequestHandler()
const pages = createPageCache({ maxBytes: megabytes * 1024 * 1024, maxAgeSeconds: 3600 })
// Anonymous public reads of the API (src/lib/api/publicReads.ts), in a quarter of that budget of their own.
const apiReads = createApiReadCache({ maxBytes: (megabytes / 4) * 1024 * 1024, maxAgeSeconds: 3600 })
const secure = secureResponses({ serverUrl })
// Checked by the launcher too: a tier is configured when the app purges it.
const forTier = tierHeaders({ withTier: Boolean(process.env.CDN_PURGE_URLS?.trim()) })
// Next's image optimizer serves only images a visitor may read now (a photo can become private).
const images = createImageGate({ ask: askAnonymously(port) })

// Kept pages were secured when Next made them; everything else is secured as Next writes it.
const server = http.createServer((req, res) => {
  stampSocketAddress(req)
  const answer = () => {
    secure(req, res)
    if (refuseOversizedLead(req, res)) return
    forTier(res)
    return collectPageTags(() => handle(req, res))
  }
  images.guard(req, res, () => (req.url?.startsWith('/api/') ? apiReads.serve(req, res, answer) : pages.serve(req, res, answer)))
})
server.listen(port, () => console.log(`[stipple] Ready in ${Date.now() - startedAt} ms on http://localhost:${port} (page cache ${megabytes} MB)`))

// Finish the requests in flight, then stop; a stuck connection does not hold the process forever.
const stop = () => {
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 10_000).unref()
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
