import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'
import { DEMO_PASSWORD } from '@/seed/people'

/** The Payload instance of this test file, on the run's seeded database. */
export const testPayload = (): Promise<Payload> => getPayload({ config })

/** A demo person as the Local API's `user`, read fresh from the seeded database. */
export const demoUser = async (payload: Payload, email: string): Promise<User & { collection: 'users' }> => {
  const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })
  const user = found.docs[0]
  if (!user) throw new Error(`No demo user ${email}: is the seed complete?`)
  return { ...user, collection: 'users' }
}

/** A session token for a demo person, as the admin would get by signing in. */
export const demoToken = async (payload: Payload, email: string): Promise<string> => {
  const result = await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
  if (!result.token) throw new Error(`Could not sign in as ${email}`)
  return result.token
}

/** Ids of seeded documents by their natural key, without access rules. */
export const idOf = async (
  payload: Payload,
  collection: 'clinics' | 'case-studies' | 'treatments' | 'pages',
  slug: string,
): Promise<number> => {
  const found = await payload.find({ collection, where: { slug: { equals: slug } }, overrideAccess: true, draft: true, depth: 0 })
  if (!found.docs[0]) throw new Error(`No ${collection} with slug ${slug}`)
  return found.docs[0].id
}
