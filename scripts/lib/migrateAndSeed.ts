import config from '@payload-config'
import { getPayload } from 'payload'

import { migrations } from '@/migrations'
import { seedDemoContent } from '@/seed'
import { printDemoCredentials } from '@/seed/credentials'

/** `ifEmpty`: the demo content goes only into a database without clinics; `always`: re-applied. */
export type DemoContent = 'never' | 'ifEmpty' | 'always'

/**
 * Applies the committed migrations, then the demo content as asked. Meant for a process of its
 * own (scripts/migrate.ts) that exits afterwards: Payload keeps one pooled connection checked out
 * for its whole life, so a long-lived process that loaded it could not close the pool cleanly.
 */
export const migrateAndSeed = async ({ demoContent, log }: { demoContent: DemoContent; log: (line: string) => void }) => {
  const payload = await getPayload({ config })
  // Imported, not read from disk, so it works wherever TypeScript is compiled ahead (tests, Next).
  await payload.db.migrate({ migrations: migrations as never })
  if (demoContent === 'never') return
  const { totalDocs } = await payload.count({ collection: 'clinics', overrideAccess: true })
  if (demoContent === 'ifEmpty' && totalDocs > 0) return
  log(totalDocs > 0 ? 'Bringing the demo content up to date…' : 'Empty database: adding the demo clinics, treatments, FAQs and results…')
  await seedDemoContent(payload)
  if (totalDocs === 0) printDemoCredentials(log)
}
