import type { Block } from 'payload'

import { linkFields } from '../linkFields'

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 120 },
    { name: 'text', type: 'textarea', maxLength: 400 },
    { name: 'link', type: 'group', fields: [...linkFields] },
  ],
}
