import 'server-only'

import config from '@payload-config'
import { getPayload } from 'payload'

/** The Local API for the public sites. Reads pass `overrideAccess: false`, so visitors see only what the access rules publish. */
export const sitePayload = () => getPayload({ config })
