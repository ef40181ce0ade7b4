import { revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'
import { idOf } from '@/lib/relationships'

/** A clinic's own question refreshes only that clinic's pages; a brand-wide one every site. */
export const revalidateFaqs = revalidateOnChange((faq) => {
  const clinic = idOf(faq.clinic)
  return [clinic ? tags.clinicFaqs(clinic) : tags.brandFaqs]
})
