import { clinicIdOf, revalidateOnChange } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'

/** A clinic's own question refreshes only that clinic's pages; a brand-wide one every site. */
export const revalidateFaqs = revalidateOnChange((faq) => {
  const clinic = clinicIdOf(faq)
  return [clinic ? tags.clinicFaqs(clinic) : tags.brandFaqs]
})
