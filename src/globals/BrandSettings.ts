import type { GlobalConfig } from 'payload'

import { anyone, brandTeam } from '@/access/basic'
import { revalidateGlobal } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'

/** Who the brand is, as shown on the brand hub and in every clinic site's footer. */
export const BrandSettings: GlobalConfig = {
  slug: 'brand-settings',
  admin: { group: 'Settings' },
  access: { read: anyone, update: brandTeam },
  hooks: { afterChange: [revalidateGlobal(tags.brandSettings)] },
  fields: [
    { name: 'brandName', type: 'text', required: true, defaultValue: 'Stipple' },
    { name: 'tagline', type: 'text', maxLength: 140 },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    { name: 'supportEmail', type: 'email' },
    {
      name: 'resultsDisclaimer',
      type: 'textarea',
      required: true,
      defaultValue: 'Individual results vary. Scalp micro-pigmentation is a cosmetic treatment, not a cure for hair loss.',
    },
  ],
}
