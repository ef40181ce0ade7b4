import 'server-only'

import { notFound } from 'next/navigation'

import { getSite, type Site } from './site'
import type { Clinic } from '@/payload-types'

/** Clinic pages exist only on a clinic's site; on the hub they are a 404. */
export const requireClinicSite = async (params: Promise<{ site: string }>): Promise<Site & { clinic: Clinic }> => {
  const site = await getSite((await params).site)
  if (!site.clinic) notFound()
  return site as Site & { clinic: Clinic }
}
