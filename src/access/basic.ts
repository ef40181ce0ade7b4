import type { Access, FieldAccess } from 'payload'

import { isPlatformAdmin, worksAcrossClinics } from './roles'

/** Public content: every visitor may read it. */
export const anyone: Access = () => true

/** Nobody through the APIs; the server's own code uses `overrideAccess`. */
export const nobody: Access = () => false

/** A field the platform keeps itself (its code writes with `overrideAccess`): nobody writes it through the APIs. */
export const systemKept: FieldAccess = () => false

export const platformAdmins: Access = ({ req }) => isPlatformAdmin(req.user)

/** Platform admins and brand marketing: the people who own brand-level content. */
export const brandTeam: Access = ({ req }) => worksAcrossClinics(req.user)
