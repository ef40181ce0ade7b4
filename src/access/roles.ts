import type { PayloadRequest } from 'payload'

/** The four kinds of people who sign in to Stipple. Visitors never sign in. */
export const ROLES = ['platformAdmin', 'brandMarketing', 'franchiseOwner', 'clinicStaff'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  platformAdmin: 'Platform admin',
  brandMarketing: 'Brand marketing',
  franchiseOwner: 'Franchise owner',
  clinicStaff: 'Clinic staff',
}

/** Roles a franchise owner may hand out to people of their own clinic. */
export const CLINIC_ROLES: readonly Role[] = ['franchiseOwner', 'clinicStaff']

type MaybeUser = PayloadRequest['user'] | null | undefined

export const roleOf = (user: MaybeUser): Role | undefined =>
  user && user.collection === 'users' ? (user.role as Role) : undefined

export const isPlatformAdmin = (user: MaybeUser): boolean => roleOf(user) === 'platformAdmin'
export const isBrandMarketing = (user: MaybeUser): boolean => roleOf(user) === 'brandMarketing'
export const isFranchiseOwner = (user: MaybeUser): boolean => roleOf(user) === 'franchiseOwner'
export const isClinicStaff = (user: MaybeUser): boolean => roleOf(user) === 'clinicStaff'

/** Platform admins and brand marketing work across every clinic. */
export const worksAcrossClinics = (user: MaybeUser): boolean =>
  isPlatformAdmin(user) || isBrandMarketing(user)
