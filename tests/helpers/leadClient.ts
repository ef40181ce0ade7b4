import { readFile } from 'node:fs/promises'
import http from 'node:http'

import { formDataOf, type Photo, visitorFields } from './leads'

/*
 * Consultation requests as a visitor's browser sends them, over HTTP to the production server, from
 * a loopback address of the test's choosing (all of 127.0.0.0/8 is this machine): the server sees
 * each as a different visitor by its socket, as it would see people on the internet.
 */

export type Answer = { status: number; body: Record<string, any>; ms: number }

export type Post = {
  host: string
  body: Buffer
  contentType: string
  /** The client socket's own address, e.g. 127.0.3.9. */
  from?: string
  headers?: Record<string, string>
  path?: string
}

export const post = (port: number, { host, body, contentType, from, headers = {}, path = '/book/request' }: Post): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const start = performance.now()
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        localAddress: from,
        agent: false,
        headers: { accept: 'application/json', 'content-type': contentType, 'content-length': body.length, host, ...headers },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => {
          let parsed: Record<string, any> = {}
          try {
            parsed = JSON.parse(text) as Record<string, any>
          } catch {
            parsed = { text }
          }
          resolve({ status: response.statusCode ?? 0, body: parsed, ms: performance.now() - start })
        })
      },
    )
    request.on('error', reject)
    request.end(body)
  })

/** A form as a browser encodes it: urlencoded without photos, multipart with them. */
export const encoded = async (fields: Record<string, string>, photos: Photo[] = []): Promise<{ body: Buffer; contentType: string }> => {
  if (photos.length === 0) return { body: Buffer.from(new URLSearchParams(fields).toString()), contentType: 'application/x-www-form-urlencoded' }
  const request = new Request('http://encode.invalid/', { method: 'POST', body: formDataOf(fields, photos) })
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! }
}

/** A real visitor's valid request (a made-up person, a form token from five seconds ago). */
export const visitorRequest = async (overrides: Record<string, string | undefined> = {}, photos: Photo[] = []) => {
  const fields = visitorFields(overrides)
  return { fields, ...(await encoded(fields, photos)) }
}

/** The server's resident memory in MB, from /proc (Linux). */
export const residentMb = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024
}
