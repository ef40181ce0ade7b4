import { clinicIdOf, revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'

export const revalidatePages = revalidateOnChange((page) => {
  const clinic = clinicIdOf(page)
  return clinic ? [tags.pages(clinic)] : []
})
