import type { Access, Where } from 'payload'

import { readBrandWideOrOwnClinic } from '@/access/brandWideOrOwnClinic'
import { roleOf } from '@/access/roles'
import { storedFilesOnly } from '@/access/storedFilesOnly'

/** An image in a case study that is not published yet (see `refreshMediaPrivacy`). */
const notPrivate: Where = { privateUntilPublished: { not_equals: true } }

/**
 * Visitors see every image except the photos of case studies not yet published — in lists, by
 * id, through relationships and on the file route alike. Signed-in people keep their own rule
 * (brand staff every image; clinic people brand-wide ones and their own clinic's, where a case
 * study's photos always belong: see `requireOwnClinicPhotos`).
 */
export const readMedia: Access = storedFilesOnly((args) => (roleOf(args.req.user) ? readBrandWideOrOwnClinic(args) : notPrivate))
