import 'server-only'

import { tags } from '@/lib/cache/tags'
import type { Clinic } from '@/payload-types'

import { sitePayload } from './payload'
import { cachedRead, visitorRead } from './reader'
import type { SiteAddress } from './siteKey'

type ClinicRoute = { id: number; slug: string; hostnames: string[] }

/** Hostnames and slugs of the live clinics: small, read on every page, changed rarely. */
const clinicRoutes = () =>
  visitorRead(['clinic-routes'], [tags.clinicRouting], async (as): Promise<ClinicRoute[]> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'clinics',
      where: { status: { equals: 'live' } },
      select: { slug: true, hostnames: true },
      depth: 0,
      pagination: false,
      ...as,
    })
    return docs.map((clinic) => ({
      id: clinic.id,
      slug: clinic.slug,
      hostnames: (clinic.hostnames ?? []).map((entry) => entry.hostname.toLowerCase()),
    }))
  })

export const findClinicId = async (address: SiteAddress): Promise<number | undefined> => {
  const routes = await clinicRoutes()
  const match =
    address.kind === 'path'
      ? routes.find((route) => route.slug === address.slug)
      : routes.find((route) => route.hostnames.includes(address.hostname))
  return match?.id
}

/** One live clinic with its treatments and images populated. */
export const getClinic = (id: number) =>
  cachedRead(
    ['clinic', String(id)],
    [tags.clinic(id), tags.treatments, tags.consultationTypes, tags.media],
    async (as): Promise<Clinic | null> => {
      const payload = await sitePayload()
      const { docs } = await payload.find({
        collection: 'clinics',
        where: { and: [{ id: { equals: id } }, { status: { equals: 'live' } }] },
        depth: 1,
        limit: 1,
        ...as,
      })
      return docs[0] ?? null
    },
  )

/** Every live clinic, for the brand hub's finder and the clinic list. */
export const getLiveClinics = () =>
  visitorRead(['live-clinics'], [tags.clinicList, tags.media, tags.treatments], async (as): Promise<Clinic[]> => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'clinics',
      where: { status: { equals: 'live' } },
      sort: 'name',
      depth: 1,
      pagination: false,
      ...as,
    })
    return docs
  })
