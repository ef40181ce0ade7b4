import type { Block } from 'payload'

export const ResultsGalleryBlock: Block = {
  slug: 'resultsGallery',
  interfaceName: 'ResultsGalleryBlock',
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Real results' },
    { name: 'treatment', type: 'relationship', relationTo: 'treatments', admin: { description: 'Only results of this treatment.' } },
    { name: 'limit', type: 'number', defaultValue: 6, min: 1, max: 24 },
  ],
}
