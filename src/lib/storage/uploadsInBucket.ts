import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import type { ObjectStorage } from '@/lib/env'

/**
 * Where each upload collection's files live in the bucket. The keys mirror the local media folder
 * (`public/` for site images, `private/…` for health and consent documents). `public/` is no
 * promise that everything in it is public: it also holds the photos of case studies not yet
 * published (docs/decisions/0012), so the whole bucket stays private and every file goes through
 * the app's file route.
 */
export const BUCKET_PREFIXES = {
  media: 'public',
  'lead-photos': 'private/lead-photos',
  'consent-forms': 'private/consent-forms',
} as const

export type StoredUploadCollection = keyof typeof BUCKET_PREFIXES

/** The bucket settings of a Payload instance whose uploads go to a bucket; kept in `config.custom`. */
export const objectStorageOf = (config: { custom?: Record<string, unknown> }): ObjectStorage | undefined =>
  config.custom?.objectStorage as ObjectStorage | undefined

export const s3ClientConfigOf = (storage: ObjectStorage): S3ClientConfig => ({
  region: storage.region,
  endpoint: storage.endpoint,
  forcePathStyle: storage.forcePathStyle,
  credentials: storage.credentials,
})

const clients = new Map<string, S3Client>()

/** One client per bucket settings, shared by every caller in this process. */
export const bucketClient = (storage: ObjectStorage): S3Client => {
  const key = JSON.stringify(storage)
  let client = clients.get(key)
  if (!client) {
    client = new S3Client(s3ClientConfigOf(storage))
    clients.set(key, client)
  }
  return client
}

/*
 * The storage plugin adds a `prefix` and an `_objectKey` field to each collection it serves, which
 * would be two columns per table in a bucket deployment and none on disk, while the migrations are
 * one set for both. Our prefixes are fixed per collection (above) and we use no client uploads, so
 * neither value is needed per row: both fields are virtual — never stored — and every file's key is
 * `<prefix>/<filename>`. That also keeps anyone from steering a row's file to another key by
 * writing `prefix`. The fields exist (virtual) on disk too, so the config, the generated types and
 * the schema are the same in both deployments.
 */
const PER_ROW_STORAGE_FIELDS = new Set(['prefix', '_objectKey'])

const withoutStoredKeys = (collection: CollectionConfig): CollectionConfig => {
  if (!(collection.slug in BUCKET_PREFIXES)) return collection
  const fields = collection.fields.map((field): Field =>
    'name' in field && PER_ROW_STORAGE_FIELDS.has(field.name) ? ({ ...field, virtual: true } as Field) : field,
  )
  return { ...collection, fields }
}

/**
 * Site images, lead photos and consent forms in an S3-compatible bucket when `storage` is given;
 * on local disk (each collection's `staticDir`) otherwise. Every file is still served through
 * Payload's file route, so each collection's `read` rule decides who gets it: the bucket stays
 * private (no ACL, no public or signed URLs) and `disablePayloadAccessControl` is never set.
 *
 * The plugin runs disabled on disk too: it registers the same (inactive) admin provider and the
 * same fields either way, so one import map and one set of migrations serve both deployments.
 */
export const uploadsInBucket =
  (storage: ObjectStorage | undefined): Plugin =>
  async (incoming: Config): Promise<Config> => {
    const prefixed = Object.fromEntries(Object.entries(BUCKET_PREFIXES).map(([slug, prefix]) => [slug, { prefix }]))
    const config = await s3Storage({
      enabled: Boolean(storage),
      alwaysInsertFields: true,
      bucket: storage?.bucket ?? '',
      config: storage ? s3ClientConfigOf(storage) : {},
      collections: prefixed,
    })(incoming)
    return {
      ...config,
      custom: storage ? { ...config.custom, objectStorage: storage } : config.custom,
      collections: config.collections?.map(withoutStoredKeys),
    }
  }
