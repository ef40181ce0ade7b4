import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'
import { DEMO_PEOPLE } from '@/seed/people'

import { demoToken, demoUser } from './payload'

/*
 * The people the access tests act as: the seed's demo people, each named for its role and clinic
 * (`ownerLondon`), plus the anonymous visitor.
 */

type DemoPerson = (typeof DEMO_PEOPLE)[number]
const ROLE_WORD = { platformAdmin: 'admin', brandMarketing: 'marketing', franchiseOwner: 'owner', clinicStaff: 'staff' } as const satisfies Record<Role, string>
/** Distributes over the people: each one's role word, and its clinic's name when it has one. */
type KeyOf<P> = P extends DemoPerson
  ? P['clinics'] extends readonly [infer Clinic extends string, ...unknown[]]
    ? `${(typeof ROLE_WORD)[P['role']]}${Capitalize<Clinic>}`
    : (typeof ROLE_WORD)[P['role']]
  : never

export type Person = KeyOf<DemoPerson>
export type Actor = Person | 'visitor'

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
const keyOf = (person: DemoPerson) => `${ROLE_WORD[person.role]}${person.clinics[0] ? capitalised(person.clinics[0]) : ''}` as Person
const ROLE_PHRASE: Record<Role, string> = { platformAdmin: 'platform admin', brandMarketing: 'brand marketing', franchiseOwner: 'franchise owner', clinicStaff: 'clinic staff' }

/** Each actor's e-mail address. */
export const PEOPLE = Object.fromEntries(DEMO_PEOPLE.map((person) => [keyOf(person), person.email])) as Record<Person, string>

/** How a test's name says who acts: `as franchise owner of London`. */
export const AS = {
  ...Object.fromEntries(
    DEMO_PEOPLE.map((person) => [keyOf(person), `as ${ROLE_PHRASE[person.role]}${person.clinics[0] ? ` of ${capitalised(person.clinics[0])}` : ''}`]),
  ),
  visitor: 'as anonymous visitor',
} as Record<Actor, string>

export type Session = { actor: Actor; user?: User & { collection: 'users' }; token?: string }

export const signInAll = async (payload: Payload): Promise<Record<Actor, Session>> => {
  const sessions = { visitor: { actor: 'visitor' } } as Record<Actor, Session>
  for (const [actor, email] of Object.entries(PEOPLE) as [Person, string][]) {
    sessions[actor] = { actor, user: await demoUser(payload, email), token: await demoToken(payload, email) }
  }
  return sessions
}
