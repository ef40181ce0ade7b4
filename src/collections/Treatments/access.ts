import type { Access } from 'payload'

import { publishedOnly } from '@/access/published'
import { worksAcrossClinics } from '@/access/roles'

/** Brand staff see drafts; everyone else sees what the brand has published. */
export const readPublishedOrBrandTeam: Access = ({ req }) => (worksAcrossClinics(req.user) ? true : publishedOnly)
