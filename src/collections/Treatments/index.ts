import type { CollectionConfig } from 'payload'

import { brandTeam } from '@/access/basic'
import { seoField } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { stagePricesField } from '@/fields/stagePrices'
import { STAGE_SCALE_OPTIONS } from '@/lib/prices/stages'
import { editorialVersions } from '@/fields/editorialVersions'
import { logPublishing } from '@/lib/editorial/publishLog'
import type { Treatment } from '@/payload-types'

import { readPublishedOrBrandTeam } from './access'
import { revalidateTreatments } from './hooks/revalidateTreatments'

export const SUITABLE_FOR = [
  { label: 'Receding hairline and crown (Norwood pattern)', value: 'patternBaldness' },
  { label: 'Diffuse thinning', value: 'diffuseThinning' },
  { label: 'Scar camouflage', value: 'scarCamouflage' },
  { label: 'Alopecia', value: 'alopecia' },
  { label: 'Women', value: 'women' },
  { label: 'Correction of earlier SMP', value: 'correction' },
] as const

export const NORWOOD_STAGES = ['1', '2', '3', '4', '5', '6', '7'].map((value) => ({ label: `Norwood ${value}`, value }))

/** Brand treatments: written once by marketing, shown on every clinic site with local prices. */
export const Treatments: CollectionConfig = {
  slug: 'treatments',
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'updatedAt'], group: 'Brand content' },
  versions: editorialVersions(),
  access: { read: readPublishedOrBrandTeam, create: brandTeam, update: brandTeam, delete: brandTeam, readVersions: brandTeam },
  hooks: { ...revalidateTreatments, afterChange: [...revalidateTreatments.afterChange, logPublishing('treatments', 'title')] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 120 },
    slugField({ from: 'title', unique: true }),
    { name: 'summary', type: 'textarea', required: true, maxLength: 300 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', required: true },
    {
      type: 'row',
      fields: [
        { name: 'sessionsMin', label: 'Typical sessions (from)', type: 'number', required: true, min: 1, max: 10 },
        { name: 'sessionsMax', label: 'Typical sessions (to)', type: 'number', required: true, min: 1, max: 10 },
        { name: 'sessionLength', type: 'text', required: true, admin: { placeholder: '2–4 hours' } },
      ],
    },
    { name: 'aftercare', type: 'richText' },
    { name: 'suitableFor', type: 'select', hasMany: true, options: [...SUITABLE_FOR] },
    { name: 'norwoodStages', type: 'select', hasMany: true, options: NORWOOD_STAGES },
    {
      name: 'stageScale',
      label: 'Priced by',
      type: 'select',
      options: STAGE_SCALE_OPTIONS,
      admin: { description: 'The hair-loss scale clinics price this treatment on; leave empty for one price whatever the stage.' },
    },
    stagePricesField({
      name: 'stagePriceProposals',
      description: 'The brand’s proposed price and sessions per stage. A clinic that adds this treatment starts from these and sets its own.',
      scaleOf: async ({ siblingData }) => (siblingData as { stageScale?: Treatment['stageScale'] }).stageScale,
    }),
    { name: 'relatedFaqs', type: 'relationship', relationTo: 'faqs', hasMany: true },
    seoField(),
  ],
}
