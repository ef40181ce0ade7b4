import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * On a developer's machine a missing PAYLOAD_SECRET is generated once and kept, so sessions
 * survive restarts. Production never gets here: it must be given a secret.
 */
export const developmentSecret = (dataRoot: string): string => {
  const file = path.join(dataRoot, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataRoot, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
