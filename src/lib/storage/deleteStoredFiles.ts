import { unlink } from 'node:fs/promises'
import path from 'node:path'

import { DeleteObjectCommand } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'

import { BUCKET_PREFIXES, bucketClient, objectStorageOf, type StoredUploadCollection } from './uploadsInBucket'

/**
 * Deletes files of an upload collection whose rows are gone without Payload's delete (e.g. rolled
 * back with their transaction), from wherever this Payload instance keeps them: its bucket, or the
 * collection's folder on disk. Takes file names, never paths. Best effort, as clean-up after a
 * failure must be: a file already gone is fine, and a store that cannot be reached is logged, not
 * thrown, so the caller's own error stays the one that is reported.
 *
 * `await deleteStoredFiles(payload, 'lead-photos', [photo.filename, ...sizes' filenames])`
 */
export const deleteStoredFiles = async (payload: Payload, collection: StoredUploadCollection, filenames: string[]): Promise<void> => {
  const names = [...new Set(filenames.filter(Boolean).map((name) => path.posix.basename(name)))]
  const storage = objectStorageOf(payload.config)
  const folder = payload.collections[collection].config.upload.staticDir ?? ''
  const deleteOne = storage
    ? (name: string) => bucketClient(storage).send(new DeleteObjectCommand({ Bucket: storage.bucket, Key: `${BUCKET_PREFIXES[collection]}/${name}` }))
    : (name: string) => unlink(path.join(folder, name)).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)))
  await Promise.all(
    names.map((name) =>
      deleteOne(name).catch((error: unknown) => payload.logger.error({ err: error, msg: `Could not delete the stored file ${name} of ${collection}` })),
    ),
  )
}
