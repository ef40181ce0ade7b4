import { ROLE_LABELS } from '@/access/roles'

import { DEMO_PASSWORD, DEMO_PEOPLE } from './people'

/** Printed once, when the demo content is first created. */
export const printDemoCredentials = (log: (line: string) => void) => {
  log('Demo sign-ins for http://localhost:3000/admin (development only):')
  for (const person of DEMO_PEOPLE) {
    const clinics = person.clinics.length > 0 ? ` (${person.clinics.join(', ')})` : ''
    log(`  ${ROLE_LABELS[person.role].padEnd(16)} ${person.email.padEnd(36)} ${DEMO_PASSWORD}${clinics}`)
  }
}
