import type { Block } from 'payload'

import { FAQ_CATEGORIES } from '@/collections/Faqs/categories'

export const FaqListBlock: Block = {
  slug: 'faqList',
  interfaceName: 'FaqListBlock',
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Questions we are often asked' },
    { name: 'category', type: 'select', options: [...FAQ_CATEGORIES] },
    { name: 'limit', type: 'number', defaultValue: 8, min: 1, max: 50 },
  ],
}
