import { clinicIdOf, revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'

export const revalidateTeam = revalidateOnChange((member) => {
  const clinic = clinicIdOf(member)
  return clinic ? [tags.team(clinic)] : []
})
