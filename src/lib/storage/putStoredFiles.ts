import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { PutObjectCommand } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'

import { BUCKET_PREFIXES, bucketClient, objectStorageOf, type StoredUploadCollection } from './uploadsInBucket'

export type FileToStore = { filename: string; data: Buffer; mimetype: string }

/**
 * Stores files of an upload collection where this Payload instance keeps that collection's files
 * (its bucket, under the collection's prefix, or its folder on disk), for rows written without
 * Payload's create. Names must be new (random): on disk a taken name is an error, never an
 * overwrite. When this throws, some files may be stored: the caller removes them with
 * `deleteStoredFiles`.
 */
export const putStoredFiles = async (payload: Payload, collection: StoredUploadCollection, files: FileToStore[]): Promise<void> => {
  const storage = objectStorageOf(payload.config)
  if (storage) {
    const bucket = bucketClient(storage)
    const keyOf = (file: FileToStore) => `${BUCKET_PREFIXES[collection]}/${path.posix.basename(file.filename)}`
    await Promise.all(files.map((file) => bucket.send(new PutObjectCommand({ Bucket: storage.bucket, Key: keyOf(file), Body: file.data, ContentType: file.mimetype }))))
    return
  }
  const folder = payload.collections[collection].config.upload.staticDir ?? ''
  await mkdir(folder, { recursive: true })
  await Promise.all(files.map((file) => writeFile(path.join(folder, path.posix.basename(file.filename)), file.data, { flag: 'wx' })))
}
