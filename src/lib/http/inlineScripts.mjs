// @ts-check
import { createHash } from 'node:crypto'

/**
 * The CSP hashes of a page's inline scripts: Next writes its hydration data (`self.__next_f.push`)
 * and bootstrap as inline scripts, different on every page. Allowing exactly those by hash keeps
 * `'unsafe-inline'` out of the policy without per-request nonces, which would make every cached
 * page dynamic. Data blocks (JSON-LD) are not run, so they need no hash.
 */

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const EXTERNAL = /(?:^|\s)src\s*=/i
const DATA_BLOCK = /(?:^|\s)type\s*=\s*["']?application\/(?:ld\+)?json\b/i

/**
 * `sha256-…` of each distinct inline script, in page order. The browser hashes a script's text
 * exactly as it stands between the tags, so the text is hashed as it is, in UTF-8.
 * @param {string} html
 * @returns {string[]}
 */
export const inlineScriptHashes = (html) => {
  /** @type {Set<string>} */
  const hashes = new Set()
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (EXTERNAL.test(attributes) || DATA_BLOCK.test(attributes)) continue
    hashes.add(`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`)
  }
  return [...hashes]
}
