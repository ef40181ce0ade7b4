import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import S3rver from '@20minutes/s3rver'
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

import type { ObjectStorage } from '@/lib/env'

/**
 * A real S3 peer over HTTP for one test file: s3rver on a free port with its data in a scratch
 * folder, one empty bucket, and the environment Stipple reads to use it.
 */
export const startS3Server = async (bucket = 'stipple-test-uploads') => {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'stipple-s3-'))
  // s3rver signs bucket-level requests (create, list) without the trailing slash the AWS SDK v3
  // signs, so it would refuse them; signatures are not what these tests are about.
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, allowMismatchedSignatures: true })
  const { port } = await server.run()
  const storage: ObjectStorage = {
    bucket,
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }
  const client = new S3Client({ region: storage.region, endpoint: storage.endpoint, forcePathStyle: true, credentials: storage.credentials })
  await client.send(new CreateBucketCommand({ Bucket: bucket }))

  return {
    storage,
    client,
    /** What `readEnv` turns into `storage`. */
    env: {
      S3_BUCKET: bucket,
      S3_REGION: storage.region,
      S3_ENDPOINT: storage.endpoint!,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    /** Every key in the bucket below `prefix`. */
    keys: async (prefix = ''): Promise<string[]> => {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))
      return (listed.Contents ?? []).map((object) => object.Key!).sort()
    },
    stop: async () => {
      client.destroy()
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}

export type S3Server = Awaited<ReturnType<typeof startS3Server>>
