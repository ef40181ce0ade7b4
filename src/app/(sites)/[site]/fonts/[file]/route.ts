import { readFile } from 'node:fs/promises'
import path from 'node:path'

import FILES from '../../../fonts/files.json'

type Context = { params: Promise<{ site: string; file: string }> }

// Every path of a site's host reaches the site (src/proxy.ts), public/ files too: the sites' fonts are served here.
const SERVED = new Set<string>(Object.values(FILES))
const bytes = new Map<string, Promise<Buffer>>()

/** One of the sites' font files. Its name carries a hash of its bytes, so a browser may keep it for a year. */
export async function GET(_request: Request, { params }: Context) {
  const { file } = await params
  if (!SERVED.has(file)) return new Response('Not found', { status: 404 })
  if (!bytes.has(file)) bytes.set(file, readFile(path.resolve('public/fonts', file)))
  return new Response(new Uint8Array(await bytes.get(file)!), {
    headers: { 'Content-Type': 'font/woff2', 'Cache-Control': 'public, max-age=31536000, immutable' },
  })
}
