import type { Block } from 'payload'

/* The building blocks a franchise owner composes a clinic page from. */

const linkFields = [
  { name: 'label', type: 'text', required: true, maxLength: 60 },
  { name: 'href', type: 'text', required: true, admin: { description: 'A page of this site such as /book, or a full https:// address.' } },
] as const

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

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  fields: [{ name: 'content', type: 'richText', required: true }],
}

export const TreatmentGridBlock: Block = {
  slug: 'treatmentGrid',
  interfaceName: 'TreatmentGridBlock',
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Our treatments' },
    {
      name: 'treatments',
      type: 'relationship',
      relationTo: 'treatments',
      hasMany: true,
      admin: { description: 'Leave empty to show every treatment this clinic offers.' },
    },
  ],
}

export const ResultsGalleryBlock: Block = {
  slug: 'resultsGallery',
  interfaceName: 'ResultsGalleryBlock',
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Real results' },
    { name: 'treatment', type: 'relationship', relationTo: 'treatments', admin: { description: 'Only results of this treatment.' } },
    { name: 'limit', type: 'number', defaultValue: 6, min: 1, max: 24 },
  ],
}

export const FaqListBlock: Block = {
  slug: 'faqList',
  interfaceName: 'FaqListBlock',
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Questions we are often asked' },
    { name: 'category', type: 'select', options: ['treatment', 'suitability', 'aftercare', 'results', 'booking'] },
    { name: 'limit', type: 'number', defaultValue: 8, min: 1, max: 50 },
  ],
}

export const LeadFormBlock: Block = {
  slug: 'leadForm',
  interfaceName: 'LeadFormBlock',
  fields: [
    { name: 'heading', type: 'text', defaultValue: 'Book a free consultation' },
    { name: 'intro', type: 'textarea', maxLength: 400 },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  interfaceName: 'CallToActionBlock',
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 120 },
    { name: 'text', type: 'textarea', maxLength: 400 },
    { name: 'link', type: 'group', fields: [...linkFields] },
  ],
}

export const PAGE_BLOCKS: Block[] = [
  HeroBlock,
  RichTextBlock,
  TreatmentGridBlock,
  ResultsGalleryBlock,
  FaqListBlock,
  LeadFormBlock,
  CallToActionBlock,
]
