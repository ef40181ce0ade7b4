import type { Block } from 'payload'

import { linkFields } from '../linkFields'

export const HeroBlock: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 120 },
    { name: 'text', type: 'textarea', maxLength: 400 },
    { name: 'image', type: 'upload', relationTo: 'media' },
    { name: 'callToAction', type: 'group', fields: [...linkFields].map((f) => ({ ...f, required: false })) },
  ],
}
