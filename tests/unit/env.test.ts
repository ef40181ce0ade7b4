import { describe, expect, it } from 'vitest'

import { ConfigError, readEnv } from '@/lib/env'

const good = { NODE_ENV: 'development', DATABASE_URI: 'postgres://u:p@127.0.0.1:5432/stipple', PAYLOAD_SECRET: 'x'.repeat(32) } as const

describe('environment checks', () => {
  it('accepts a complete environment and fills defaults', () => {
    const env = readEnv({ ...good, NODE_ENV: 'production' })
    expect(env).toMatchObject({ production: true, serverUrl: 'http://localhost:3000', smtpUrl: undefined, redisUrl: undefined })
  })

  it('reads a comma-separated list of read replicas, none by default', () => {
    expect(readEnv(good).readReplicaUris).toEqual([])
    expect(readEnv({ ...good, DATABASE_READ_REPLICA_URIS: ' postgres://r1:5432/stipple , postgresql://r2/stipple ' }).readReplicaUris).toEqual([
      'postgres://r1:5432/stipple',
      'postgresql://r2/stipple',
    ])
  })

  it('reads the sender of outgoing mail with or without a display name', () => {
    expect(readEnv(good).mailFrom).toEqual({ name: 'Stipple', address: 'no-reply@stipple.example' })
    expect(readEnv({ ...good, MAIL_FROM: '"Stipple Leeds" <leeds@clinic.example>' }).mailFrom).toEqual({ name: 'Stipple Leeds', address: 'leeds@clinic.example' })
    expect(readEnv({ ...good, MAIL_FROM: 'bookings@clinic.example' }).mailFrom).toEqual({ name: 'Stipple', address: 'bookings@clinic.example' })
  })

  it('keeps uploads on disk without S3_BUCKET, and reads the bucket settings with it', () => {
    expect(readEnv(good).objectStorage).toBeUndefined()
    const minio = { S3_BUCKET: 'stipple-media', S3_REGION: 'us-east-1', S3_ENDPOINT: 'http://minio:9000/', S3_ACCESS_KEY_ID: 'key', S3_SECRET_ACCESS_KEY: 'secret' }
    expect(readEnv({ ...good, ...minio }).objectStorage).toEqual({
      bucket: 'stipple-media',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    })
    expect(readEnv({ ...good, ...minio, S3_FORCE_PATH_STYLE: 'false' }).objectStorage?.forcePathStyle).toBe(false)
    // AWS itself: virtual-hosted addresses and the SDK's own credentials (an instance role, say).
    expect(readEnv({ ...good, S3_BUCKET: 'stipple-media', S3_REGION: 'eu-west-2' }).objectStorage).toEqual({
      bucket: 'stipple-media',
      region: 'eu-west-2',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    })
  })

  it.each([
    [{ S3_ENDPOINT: 'http://minio:9000' }, /S3_ENDPOINT is set but S3_BUCKET is not/],
    [{ S3_BUCKET: 'Stipple_Media', S3_REGION: 'us-east-1' }, /S3_BUCKET must be 3–63 lower-case letters/],
    [{ S3_BUCKET: 'stipple-media' }, /S3_REGION is not set/],
    [{ S3_BUCKET: 'stipple-media', S3_REGION: 'us-east-1', S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT must start with http:\/\/ or https:\/\//],
    [{ S3_BUCKET: 'stipple-media', S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'key' }, /S3_SECRET_ACCESS_KEY is not set: give both/],
    [{ S3_BUCKET: 'stipple-media', S3_REGION: 'us-east-1', S3_SECRET_ACCESS_KEY: 'secret' }, /S3_ACCESS_KEY_ID is not set: give both/],
    [{ S3_BUCKET: 'stipple-media', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE must be true or false/],
  ])('refuses the bucket settings %o with one clear line', (change, message) => {
    const attempt = () => readEnv({ ...good, ...change } as unknown as NodeJS.ProcessEnv)
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(message)
  })

  it.each([
    [{ DATABASE_URI: undefined }, /DATABASE_URI is not set/],
    [{ DATABASE_URI: 'mysql://127.0.0.1/stipple' }, /DATABASE_URI must start with postgres:\/\/ or postgresql:\/\//],
    [{ DATABASE_URI: 'not a url' }, /DATABASE_URI is not a valid URL/],
    [{ PAYLOAD_SECRET: undefined }, /PAYLOAD_SECRET must be at least 32 characters and is not set/],
    [{ PAYLOAD_SECRET: 'short' }, /PAYLOAD_SECRET must be at least 32 characters \(it has 5\)/],
    [{ SERVER_URL: 'ftp://example.com' }, /SERVER_URL must start with http:\/\/ or https:\/\//],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL/],
    [{ MAIL_FROM: 'Stipple' }, /MAIL_FROM must look like "Stipple <no-reply@example.com>"/],
    [{ DATABASE_READ_REPLICA_URIS: 'postgres://r1/stipple, mysql://r2/stipple' }, /DATABASE_READ_REPLICA_URIS must start with postgres:\/\//],
    [{ LEAD_LIMIT_PER_IP: '0' }, /LEAD_LIMIT_PER_IP must be a whole number above 0/],
    [{ MAIL_RETRY_DELAY_MS: 'soon' }, /MAIL_RETRY_DELAY_MS must be a whole number above 0/],
  ])('refuses %o with one clear line', (change, message) => {
    const attempt = () => readEnv({ ...good, ...change } as unknown as NodeJS.ProcessEnv)
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(message)
    try {
      attempt()
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })
})
