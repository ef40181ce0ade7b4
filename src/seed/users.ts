import type { Payload } from 'payload'

import { DEMO_PASSWORD, DEMO_PEOPLE } from './people'

/** One demo sign-in per role; the password is reset to the demo one on every seed. */
export const seedUsers = async (payload: Payload, clinics: Map<string, number>) => {
  for (const person of DEMO_PEOPLE) {
    const data = {
      email: person.email,
      name: person.name,
      role: person.role,
      password: DEMO_PASSWORD,
      clinics: person.clinics.map((slug) => ({ clinic: clinics.get(slug)! })),
    }
    const found = await payload.find({ collection: 'users', where: { email: { equals: person.email } }, limit: 1, overrideAccess: true })
    if (found.docs[0]) {
      await payload.update({ collection: 'users', id: found.docs[0].id, data, overrideAccess: true })
    } else {
      await payload.create({ collection: 'users', data, overrideAccess: true })
    }
  }
}
