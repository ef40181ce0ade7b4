import type { GlobalConfig } from 'payload'

import { anyone, platformAdmins } from '@/access/basic'
import { revalidateGlobal } from '@/lib/cache/hooks'
import { tags } from '@/lib/cache/tags'

/** The brand's privacy notice and terms, shown by every clinic with its own controller details. */
export const LegalTexts: GlobalConfig = {
  slug: 'legal-texts',
  admin: { group: 'Settings' },
  access: { read: anyone, update: platformAdmins },
  hooks: { afterChange: [revalidateGlobal(tags.legalTexts)] },
  fields: [
    { name: 'privacyNotice', type: 'richText', required: true },
    { name: 'leadConsentText', type: 'textarea', required: true, admin: { description: 'The sentence beside the consent box on every lead form.' } },
    { name: 'terms', type: 'richText' },
  ],
}
