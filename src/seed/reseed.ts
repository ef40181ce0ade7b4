import config from '@payload-config'
import { getPayload } from 'payload'

import { seedDemoContent } from '.'

export const reseed = async (log: (line: string) => void) => {
  const payload = await getPayload({ config })
  try {
    await seedDemoContent(payload)
    log('Demo content is up to date.')
  } finally {
    await payload.destroy()
  }
}
