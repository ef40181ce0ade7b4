import { readFile } from 'node:fs/promises'
import path from 'node:path'

import FILES from '../../../fonts/files.json'

type Context = { params: Promise<{ site: string; file: string }> }

// Every path of a site's host reaches the site (src/proxy.ts), public/ files too: the sites' fonts are served here.
const SERVED = new Set<string>(Object.values(FILES))
const bytes = new Map<string, Promise<Buffer>>()

/** A file's bytes, read once; a failed read is tried again on the next request. */
const fontBytes = (file: string) => {
  let reading = bytes.get(file)
  if (!reading) {
    reading = readFile(path.resolve('public/fonts', file))
    bytes.set(file, reading)
    reading.catch(() => bytes.delete(file))
  }
  return reading
}

/** One of the sites' font files. Its name carries a hash of its bytes, so a browser may keep it for a year. */
export async function GET(_request: Request, { params }: Context) {
  const { file } = await params
  if (!SERVED.has(file)) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(await fontBytes(file)), {
    headers: { 'Content-Type': 'font/woff2', 'Cache-Control': 'public, max-age=31536000, immutable' },
  })
}
