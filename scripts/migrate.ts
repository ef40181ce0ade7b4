import { type DemoContent, migrateAndSeed } from './lib/migrateAndSeed'

/**
 * Applies the committed migrations to DATABASE_URI — what a deploy runs — and, with
 * `--demo-content=ifEmpty|always`, the demo content. The launcher and the tests run it as a child
 * process; it always exits, so no database connection outlives it.
 */
const log = (line: string) => console.log(`[stipple] ${line}`)
const demoContent = (process.argv.find((arg) => arg.startsWith('--demo-content='))?.split('=')[1] ?? 'never') as DemoContent
if (!['never', 'ifEmpty', 'always'].includes(demoContent)) {
  console.error(`[stipple] --demo-content must be never, ifEmpty or always (got "${demoContent}").`)
  process.exit(2)
}
try {
  await migrateAndSeed({ demoContent, log })
  process.exit(0)
} catch (error) {
  console.error('[stipple] Migrating the database failed:', error)
  process.exit(1)
}
