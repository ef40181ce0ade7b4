import type { Role } from '@/access/roles'

/**
 * Demo sign-ins, one per role (and a second clinic's owner and staff, so every rule that keeps
 * clinics apart can be tried). Development only: `npm run dev` prints them, the README lists them.
 */
export const DEMO_PASSWORD = 'stipple-demo-only'

export type DemoPerson = { email: string; name: string; role: Role; clinics: readonly string[] }

// `as const`: the tests name their actors after these people (tests/helpers/actors.ts).
export const DEMO_PEOPLE = [
  { email: 'admin@stipple.localhost', name: 'Ada Admin', role: 'platformAdmin', clinics: [] },
  { email: 'marketing@stipple.localhost', name: 'Mira Marketing', role: 'brandMarketing', clinics: [] },
  { email: 'owner.london@stipple.localhost', name: 'Olu Okafor', role: 'franchiseOwner', clinics: ['london'] },
  { email: 'staff.london@stipple.localhost', name: 'Sam Patel', role: 'clinicStaff', clinics: ['london'] },
  { email: 'owner.manchester@stipple.localhost', name: 'Megan Hughes', role: 'franchiseOwner', clinics: ['manchester'] },
  { email: 'staff.manchester@stipple.localhost', name: 'Tom Brennan', role: 'clinicStaff', clinics: ['manchester'] },
  { email: 'owner.leeds@stipple.localhost', name: 'Leah Wood', role: 'franchiseOwner', clinics: ['leeds'] },
] as const satisfies readonly DemoPerson[]
