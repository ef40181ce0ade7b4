import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '@/lib/cache/revalidate'
import { tags } from '@/lib/cache/tags'
import type { Clinic } from '@/payload-types'

const routingOf = (clinic: Clinic) => JSON.stringify([clinic.slug, clinic.status, clinic.hostnames?.map((h) => h.hostname)])

/** A clinic edit refreshes that clinic's site and the hub's list; hostname or status changes also re-route. */
export const revalidateClinicAfterChange: CollectionAfterChangeHook<Clinic> = async ({ doc, previousDoc, req }) => {
  const rerouted = !previousDoc || routingOf(doc) !== routingOf(previousDoc)
  await revalidateTags([tags.clinic(doc.id), tags.clinicList, ...(rerouted ? [tags.clinicRouting] : [])], req)
  return doc
}

export const revalidateClinicAfterDelete: CollectionAfterDeleteHook<Clinic> = async ({ doc, req }) => {
  await revalidateTags([tags.clinic(doc.id), tags.clinicList, tags.clinicRouting], req)
  return doc
}
