import http from 'node:http'

export type Visit = { status: number; headers: http.IncomingHttpHeaders; text: string }

/**
 * A plain HTTP GET (or HEAD) of a clinic URL from Node. Node cannot resolve `<slug>.localhost` the
 * way Chromium does, so it dials this machine and sends the clinic's Host itself.
 */
export const visit = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET'): Promise<Visit> =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const request = http.request(
      { host: '127.0.0.1', port: target.port, method, path: `${target.pathname}${target.search}`, headers: { ...headers, Host: target.host } },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }))
      },
    )
    request.on('error', reject)
    request.end()
  })
