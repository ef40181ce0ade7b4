import type { Faq } from '@/payload-types'

import { RichText } from './RichText'

/**
 * An accordion of native <details>: keyboard, screen readers and find-in-page work out of the
 * box, and it needs no JavaScript.
 */
export const FaqList = ({ faqs }: { faqs: Faq[] }) => (
  <div className="faq">
    {faqs.map((faq) => (
      <details key={faq.id} id={`faq-${faq.id}`}>
        <summary>{faq.question}</summary>
        <RichText data={faq.answer} />
      </details>
    ))}
  </div>
)
