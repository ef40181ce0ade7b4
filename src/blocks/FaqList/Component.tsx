import { FaqList } from '@/components/sites/FaqList'
import { getFaqs } from '@/lib/sites/content'

import type { BlockProps } from '../types'

/** The clinic's and the brand's questions, of one category when the owner chose one. */
export const FaqListBlockView = async ({ site, block }: BlockProps<'faqList'>) => {
  const faqs = (await getFaqs(site.clinic.id)).filter((faq) => !block.category || faq.category === block.category)
  return (
    <section>
      {block.heading && <h2>{block.heading}</h2>}
      <FaqList faqs={faqs.slice(0, block.limit ?? 8)} />
    </section>
  )
}
