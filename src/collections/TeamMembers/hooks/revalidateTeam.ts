import { revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'
import { idOf } from '@/lib/relationships'

export const revalidateTeam = revalidateOnChange((member) => {
  const clinic = idOf(member.clinic)
  return clinic ? [tags.team(clinic)] : []
})
