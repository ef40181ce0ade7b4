import type { PayloadRequest } from 'payload'

import { idOf, type Related } from '@/lib/relationships'

type MaybeUser = PayloadRequest['user'] | null | undefined

/** The clinic ids a franchise owner or clinic member is assigned to. */
export const clinicsOfUser = (user: MaybeUser): number[] => {
  if (!user || user.collection !== 'users') return []
  const rows = (user.clinics ?? []) as { clinic?: Related }[]
  return rows.map((row) => idOf(row.clinic)).filter((id): id is number => id !== undefined)
}

export const belongsToClinic = (user: MaybeUser, clinic: Related): boolean => {
  const id = idOf(clinic)
  return id !== undefined && clinicsOfUser(user).includes(id)
}
