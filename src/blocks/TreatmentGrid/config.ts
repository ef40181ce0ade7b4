import type { Block } from 'payload'

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
