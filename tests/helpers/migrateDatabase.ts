import { spawn } from 'node:child_process'

import { scriptProcessArgs } from '../../scripts/lib/scriptProcess'

/**
 * Runs the project's own migrate script against a database of a test's own, as a deploy would:
 * `ifEmpty` adds the demo content, `never` leaves the tables empty.
 */
export const migrateDatabase = (uri: string, demoContent: 'ifEmpty' | 'never') =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, scriptProcessArgs('scripts/migrate.ts', 'development', [`--demo-content=${demoContent}`]), {
      env: { ...process.env, DATABASE_URI: uri },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`migrate exited ${code}:\n${output}`))))
  })
