import http from 'node:http'

/** A GET to this machine with a chosen Host (Node cannot resolve `<slug>.localhost`). */
export const get = (url: string, host?: string): Promise<{ status: number; body: string; raw: Buffer }> =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const request = http.get(
      { host: '127.0.0.1', port: target.port, path: `${target.pathname}${target.search}`, headers: host ? { host } : {} },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          resolve({ status: response.statusCode ?? 0, body: raw.toString('utf8'), raw })
        })
      },
    )
    request.on('error', reject)
  })

/** A form POST to this machine with a chosen Host, answered as JSON. */
export const postForm = (url: string, host: string, form: Record<string, string>): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const body = new URLSearchParams(form).toString()
    const request = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { host, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      },
    )
    request.on('error', reject)
    request.end(body)
  })
