import type { Block } from 'payload'

export const LeadFormBlock: Block = {
  slug: 'leadForm',
  interfaceName: 'LeadFormBlock',
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Book a free consultation' },
    { name: 'intro', type: 'textarea', maxLength: 400 },
  ],
}
