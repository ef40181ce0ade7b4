/** Applies the committed migrations to DATABASE_URI and nothing else: what a deploy runs. */
const { migrateAndSeed } = await import('../../src/lib/runtime/migrateAndSeed')
await migrateAndSeed({ seed: false, log: console.log })
process.exit(0)
export {}
