import type { Endpoint, Payload, PayloadRequest, Where } from 'payload'

import { belongsToClinic, clinicsOfUser } from '@/access/clinicsOfUser'
import { idOf } from '@/lib/relationships'
import { isPlatformAdmin } from '@/access/roles'
import { CSV_BOM, leadCsvHeader, leadCsvLine, type LeadCsvNames } from '@/lib/leads/csv'
import { readLeadsInPages } from '@/lib/leads/readLeads'

import { mayExportLeads } from '../access'

type User = NonNullable<PayloadRequest['user']>

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Which leads go into the file, counted per clinic — before any row leaves, so the privacy log
 * holds the export even when the download is cut off. Returns the newest lead's id too: the file
 * then holds exactly these leads, not ones that arrive while it streams.
 */
const countPerClinic = async (payload: Payload, user: User, where: Where | undefined) => {
  const perClinic = new Map<number, number>()
  let newest: number | undefined
  for await (const page of readLeadsInPages(payload, { user, where, select: { clinic: true }, pageSize: 5000 })) {
    newest ??= page[0]!.id
    for (const lead of page) {
      const clinic = idOf(lead.clinic)
      if (clinic !== undefined) perClinic.set(clinic, (perClinic.get(clinic) ?? 0) + 1)
    }
  }
  return { perClinic, newest }
}

/**
 * One privacy-log entry per clinic whose leads are in the file (each clinic is the controller of
 * its own leads, and the log's `clinic` is required). An empty export of one clinic is logged too.
 */
const logExport = async (payload: Payload, user: User, perClinic: Map<number, number>, narrowedTo: number | undefined) => {
  const own = clinicsOfUser(user)
  const single = narrowedTo ?? (own.length === 1 ? own[0] : undefined)
  const entries = perClinic.size > 0 ? [...perClinic] : single !== undefined ? [[single, 0] as const] : []
  for (const [clinic, count] of entries) {
    await payload.create({
      collection: 'privacy-log',
      data: { action: 'leadsExported', clinic, count, by: user.id as number },
      overrideAccess: true,
      depth: 0,
    })
  }
}

/** Clinic names and treatment titles for the file; neither is personal data. */
const namesFor = async (payload: Payload, clinicIds: number[]): Promise<LeadCsvNames> => {
  const [clinics, treatments] = await Promise.all([
    payload.find({ collection: 'clinics', where: { id: { in: clinicIds } }, select: { name: true }, pagination: false, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'treatments', select: { title: true }, pagination: false, depth: 0, overrideAccess: true }),
  ])
  return {
    clinics: new Map(clinics.docs.map((clinic) => [clinic.id, clinic.name])),
    treatments: new Map(treatments.docs.map((treatment) => [treatment.id, treatment.title])),
  }
}

/**
 * `GET /api/leads/export.csv[?clinic=<id>]` — the leads the signed-in person may read, as a CSV file
 * for a spreadsheet. Leads are read with the person's own access, so a clinic's people only ever
 * get their clinic's leads; brand marketing (counts only) is refused.
 */
const exportLeadsAsCsv = async (req: PayloadRequest): Promise<Response> => {
  const { payload, user } = req
  if (!user) return refuse(401, 'Sign in to export leads.')
  if (!mayExportLeads(user)) return refuse(403, 'Lead exports carry personal data: only a clinic’s owners and staff and platform admins may export them.')

  const asked = req.searchParams.get('clinic')
  const clinic = asked ? idOf(asked) : undefined
  if (asked && clinic === undefined) return refuse(400, 'The clinic to export must be given by its number, e.g. ?clinic=3.')
  if (clinic !== undefined && !isPlatformAdmin(user) && !belongsToClinic(user, clinic)) {
    return refuse(403, 'You can export only your own clinic’s leads.')
  }
  const where: Where | undefined = clinic !== undefined ? { clinic: { equals: clinic } } : undefined

  const { perClinic, newest } = await countPerClinic(payload, user, where)
  await logExport(payload, user, perClinic, clinic)
  const names = await namesFor(payload, [...perClinic.keys()])

  const encoder = new TextEncoder()
  const pages =
    newest === undefined
      ? undefined
      : readLeadsInPages(payload, { user, where: { and: [...(where ? [where] : []), { id: { less_than_equal: newest } }] } })
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(encoder.encode(CSV_BOM + leadCsvHeader())),
    pull: async (controller) => {
      try {
        const next = await pages?.next()
        if (!next || next.done) return controller.close()
        controller.enqueue(encoder.encode(next.value.map((lead) => leadCsvLine(lead, names)).join('')))
      } catch (error) {
        payload.logger.error({ err: error, msg: 'Lead export failed while streaming' })
        controller.error(error)
      }
    },
    cancel: async () => {
      await pages?.return(undefined)
    },
  })

  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="leads-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

export const exportLeadsCsv: Endpoint = { path: '/export.csv', method: 'get', handler: exportLeadsAsCsv }
