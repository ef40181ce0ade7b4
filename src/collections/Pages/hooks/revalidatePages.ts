import { revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'
import { idOf } from '@/lib/relationships'

export const revalidatePages = revalidateOnChange((page) => {
  const clinic = idOf(page.clinic)
  return clinic ? [tags.pages(clinic)] : []
})
