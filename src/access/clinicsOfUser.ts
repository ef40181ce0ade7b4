import type { PayloadRequest } from 'payload'

type MaybeUser = PayloadRequest['user'] | null | undefined
type ClinicRef = number | string | { id: number | string } | null | undefined

export const idOf = (ref: ClinicRef): number | undefined => {
  if (ref === null || ref === undefined) return undefined
  const raw = typeof ref === 'object' ? ref.id : ref
  const id = Number(raw)
  return Number.isInteger(id) ? id : undefined
}

/** The clinic ids a franchise owner or clinic member is assigned to. */
export const clinicsOfUser = (user: MaybeUser): number[] => {
  if (!user || user.collection !== 'users') return []
  const rows = (user.clinics ?? []) as { clinic?: ClinicRef }[]
  return rows.map((row) => idOf(row.clinic)).filter((id): id is number => id !== undefined)
}

export const belongsToClinic = (user: MaybeUser, clinic: ClinicRef): boolean => {
  const id = idOf(clinic)
  return id !== undefined && clinicsOfUser(user).includes(id)
}
