import { schedulePublishHandler, type SchedulePublishHandlerArgs } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { type CollectionSlug, Forbidden, type GlobalSlug, type PayloadRequest, type ServerFunction } from 'payload'

type Target = { doc?: { relationTo: CollectionSlug; value: unknown } | null; global?: GlobalSlug | null }

/** A collection whose publishing is narrower than its editing names who publishes in `custom.mayPublish`. */
type MayPublish = (user: PayloadRequest['user']) => boolean

/**
 * Whether the person may publish `target`: change it under its own rule — and, where the collection
 * says so (case studies: the brand team alone), be one of those who publish it.
 */
const mayPublish = async (req: PayloadRequest, { doc, global }: Target): Promise<boolean> => {
  if (global) return (await req.payload.config.globals.find((entry) => entry.slug === global)?.access.update({ req })) === true
  const collection = doc && req.payload.collections[doc.relationTo]
  const id = Number(doc?.value)
  if (!doc || !collection || !Number.isInteger(id)) return false
  const mayPublishHere = collection.config.custom?.mayPublish as MayPublish | undefined
  if (mayPublishHere && !mayPublishHere(req.user)) return false
  const rule = await collection.config.access.update({ req, id })
  if (rule === false) return false
  if (rule === true) return true
  return (await req.payload.count({ collection: doc.relationTo, where: { and: [{ id: { equals: id } }, rule] }, overrideAccess: true, req })).totalDocs === 1
}

/**
 * The admin's Schedule drawer, held to who may publish: Payload's own handler queues or cancels a
 * scheduled publication for anyone who can open the admin — so a clinic's staff could cancel brand
 * marketing's schedule of another clinic's case study by its job's number.
 */
export const guardedSchedulePublish: ServerFunction<SchedulePublishHandlerArgs> = async (args) => {
  const { req, deleteID } = args
  if (deleteID !== undefined) {
    const job = (await req.payload.db.findOne({ collection: 'payload-jobs', where: { and: [{ id: { equals: deleteID } }, { taskSlug: { equals: 'schedulePublish' } }] }, req })) as { input?: Target } | null
    if (!job || !(await mayPublish(req, job.input ?? {}))) throw new Forbidden(req.t)
  }
  if ((args.doc || args.global) && !(await mayPublish(req, { doc: args.doc, global: args.global }))) throw new Forbidden(req.t)
  return schedulePublishHandler(args)
}
