import { revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'
import { idOf } from '@/lib/relationships'

/** Brand-wide results appear on the hub and every clinic's gallery; the others on their clinic's only. */
export const revalidateResults = revalidateOnChange((result) => {
  const clinic = idOf(result.clinic)
  return [...(clinic ? [tags.clinicResults(clinic)] : []), ...(result.brandWide ? [tags.brandResults] : [])]
})
