import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { PutObjectCommand } from '@aws-sdk/client-s3'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { ObjectStorage } from '@/lib/env'
import { deleteStoredFiles } from '@/lib/storage/deleteStoredFiles'

import { type S3Server, startS3Server } from '../helpers/s3'

/** As much of a Payload instance as deleteStoredFiles reads: where lead photos live, and its log. */
const payloadWith = ({ folder, storage }: { folder: string; storage?: ObjectStorage }) => {
  const logged = vi.fn()
  const payload = {
    config: { custom: storage ? { objectStorage: storage } : {} },
    collections: { 'lead-photos': { config: { upload: { staticDir: folder } } } },
    logger: { error: logged },
  } as unknown as Payload
  return { payload, logged }
}

describe('deleting the files of lead photos whose rows are gone', () => {
  let folder: string
  let s3: S3Server

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'stipple-lead-photos-'))
    s3 = await startS3Server('stipple-test-leftovers')
  })
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
    await s3?.stop()
  })

  it('on disk: removes the named files from the collection folder and leaves the others', async () => {
    for (const name of ['gone.jpg', 'gone-400x300.jpg', 'kept.jpg']) await writeFile(path.join(folder, name), 'x')
    const { payload, logged } = payloadWith({ folder })
    await deleteStoredFiles(payload, 'lead-photos', ['gone.jpg', 'gone-400x300.jpg', 'never-written.jpg'])
    expect(existsSync(path.join(folder, 'gone.jpg'))).toBe(false)
    expect(existsSync(path.join(folder, 'gone-400x300.jpg'))).toBe(false)
    expect(existsSync(path.join(folder, 'kept.jpg'))).toBe(true)
    expect(logged).not.toHaveBeenCalled()
  })

  it('on disk: takes names only, so a crafted name cannot reach outside the folder', async () => {
    const outside = path.join(path.dirname(folder), `${path.basename(folder)}-outside.jpg`)
    await writeFile(outside, 'x')
    try {
      const { payload } = payloadWith({ folder })
      await deleteStoredFiles(payload, 'lead-photos', [`../${path.basename(outside)}`])
      expect(existsSync(outside)).toBe(true)
    } finally {
      await rm(outside, { force: true })
    }
  })

  it('in a bucket: removes the objects under the lead photos’ prefix only', async () => {
    const put = (Key: string) => s3.client.send(new PutObjectCommand({ Bucket: s3.storage.bucket, Key, Body: 'x' }))
    for (const key of ['private/lead-photos/gone.jpg', 'private/lead-photos/gone-400x300.jpg', 'private/lead-photos/kept.jpg', 'public/gone.jpg']) await put(key)
    const { payload, logged } = payloadWith({ folder, storage: s3.storage })
    await deleteStoredFiles(payload, 'lead-photos', ['gone.jpg', 'gone-400x300.jpg', 'never-written.jpg'])
    expect(await s3.keys()).toEqual(['private/lead-photos/kept.jpg', 'public/gone.jpg'])
    expect(logged).not.toHaveBeenCalled()
  })

  it('in a bucket that cannot be reached: logs and returns, so the caller’s own error is the one reported', async () => {
    const { payload, logged } = payloadWith({ folder, storage: { ...s3.storage, endpoint: 'http://127.0.0.1:9' } })
    await expect(deleteStoredFiles(payload, 'lead-photos', ['gone.jpg'])).resolves.toBeUndefined()
    expect(logged).toHaveBeenCalledOnce()
  })
})
