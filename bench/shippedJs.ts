import { gzipSync } from 'node:zlib'

import { get } from './http'

/** The scripts a page loads from Next's static folder, and their gzip size in bytes. */
export const scriptsOf = async (origin: string, host: string, path: string) => {
  const html = (await get(`${origin}${path}`, host)).body
  return [...html.matchAll(/<script[^>]+src="([^"]*\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1].replace(/^https?:\/\/[^/]+/, ''))
}

const sizes = new Map<string, number>()
export const gzipBytes = async (origin: string, host: string, scripts: string[]) => {
  let total = 0
  for (const script of scripts) {
    if (!sizes.has(script)) sizes.set(script, gzipSync((await get(`${origin}${script}`, host)).raw).length)
    total += sizes.get(script)!
  }
  return total
}
