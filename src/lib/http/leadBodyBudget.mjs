// @ts-check
/**
 * The consultation form's request body budget, applied before Next sees the request: a body
 * declared larger is answered 413 at once and its connection closed, so a huge upload is neither
 * read nor buffered (Next's proxy step copies bodies into memory, up to 10 MB, before any route
 * runs). The lead endpoint checks the same budget again on what it actually reads
 * (src/lib/leads/leadRequest.ts). Equal to LEAD_BODY_BYTES in src/lib/leads/fields.ts (a unit test holds them together).
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

export const LEAD_BODY_BUDGET_BYTES = 16 * 1024 * 1024

const LEAD_ENDPOINT = /\/book\/request\/?(?:\?|$)/

const MESSAGE = `The request is too large: the form and its photos may be up to ${LEAD_BODY_BUDGET_BYTES / 1024 / 1024} MB together, so it was NOT sent.`

/**
 * True when the request was answered here (too large); false to go on.
 * @param {IncomingMessage} req @param {ServerResponse} res
 */
export const refuseOversizedLead = (req, res) => {
  if (req.method !== 'POST' || !LEAD_ENDPOINT.test(req.url ?? '')) return false
  const declared = Number(req.headers['content-length'] ?? 'NaN')
  if (!(declared > LEAD_BODY_BUDGET_BYTES)) return false
  const json = String(req.headers.accept ?? '').includes('application/json')
  const body = json ? JSON.stringify({ status: 'tooLarge', message: MESSAGE }) : MESSAGE
  res.writeHead(413, {
    'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
    'content-length': Buffer.byteLength(body),
  })
  res.end(body)
  // Stop reading what the client is still sending once the answer is out.
  res.on('finish', () => req.socket.destroySoon?.())
  return true
}
