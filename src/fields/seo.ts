import type { GroupField } from 'payload'

/** Search-engine and social-sharing texts; empty values fall back to the page's own title/summary. */
export const seoField = (): GroupField => ({
  name: 'seo',
  type: 'group',
  label: 'Search engines and sharing',
  fields: [
    { name: 'metaTitle', type: 'text', maxLength: 70, admin: { description: 'Up to 70 characters.' } },
    {
      name: 'metaDescription',
      type: 'textarea',
      maxLength: 170,
      admin: { description: 'Shown under the title in search results. Up to 170 characters.' },
    },
    { name: 'shareImage', type: 'upload', relationTo: 'media', admin: { description: 'Open Graph image.' } },
  ],
})
