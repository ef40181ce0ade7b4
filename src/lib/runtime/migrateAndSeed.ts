import config from '@payload-config'
import { getPayload } from 'payload'

import { migrations } from '@/migrations'

import { seedDemoContent } from '@/seed'
import { printDemoCredentials } from '@/seed/credentials'

/** Applies the committed migrations, then fills an empty database with the demo clinics. */
export const migrateAndSeed = async ({ seed, log }: { seed: boolean; log: (line: string) => void }) => {
  const payload = await getPayload({ config })
  try {
    // Imported, not read from disk, so it works wherever TypeScript is compiled ahead (tests, Next).
    await payload.db.migrate({ migrations: migrations as never })
    if (!seed) return
    const { totalDocs } = await payload.count({ collection: 'clinics', overrideAccess: true })
    if (totalDocs > 0) return
    log('Empty database: adding the demo clinics, treatments, FAQs and results…')
    await seedDemoContent(payload)
    printDemoCredentials(log)
  } finally {
    await payload.destroy()
  }
}
