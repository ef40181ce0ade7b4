declare module '@20minutes/s3rver' {
  import type { AddressInfo } from 'node:net'

  /** A fake S3 server on the local file system (the parts our tests use). */
  export default class S3rver {
    constructor(options: {
      address?: string
      port?: number
      directory: string
      silent?: boolean
      allowMismatchedSignatures?: boolean
      configureBuckets?: { name: string }[]
    })
    run(): Promise<AddressInfo>
    close(): Promise<void>
  }
}
