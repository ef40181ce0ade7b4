import type { PayloadRequest, SingleRelationshipField, Where } from 'payload'

import { idOf, type Related } from '@/lib/relationships'

const clinicOf = (data: unknown) => idOf((data as { clinic?: Related } | undefined)?.clinic)

type Options = { data: unknown; req: PayloadRequest; previousValue?: unknown }

/**
 * A booking's or a time off's practitioner consults, and at the row's own clinic. Someone who has
 * stopped consulting keeps the rows they already have: their bookings can still be marked attended.
 */
const consultsAtThisClinic = async (value: unknown, { data, req, previousValue }: Options, required: boolean): Promise<string | true> => {
  const id = idOf(value as Related)
  if (id === undefined) return required ? 'Choose a practitioner.' : true
  const person = await req.payload.findByID({ collection: 'team-members', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!person || (!person.consults && idOf(previousValue as Related) !== id)) return 'Choose a team member who consults.'
  const clinic = clinicOf(data)
  if (clinic !== undefined && idOf(person.clinic) !== clinic) return 'Choose a practitioner of this clinic.'
  return true
}

/**
 * A practitioner of the row's own clinic: one of its team members who consults. Checked on the
 * server, so no API can give one clinic's booking or time off to another clinic's person.
 */
export const practitionerField = ({ required, description }: { required: boolean; description?: string }): SingleRelationshipField => ({
  name: 'practitioner',
  type: 'relationship',
  relationTo: 'team-members',
  required,
  index: true,
  admin: description ? { description } : {},
  filterOptions: ({ data }): Where => {
    const clinic = clinicOf(data)
    return clinic === undefined ? { consults: { equals: true } } : { and: [{ clinic: { equals: clinic } }, { consults: { equals: true } }] }
  },
  validate: (value: unknown, options: Options) => consultsAtThisClinic(value, options, required),
})
