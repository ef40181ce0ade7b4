/*
 * A small URL-encoded form (the visitor's booking and review pages): a body that goes on past its
 * few fields is not read into memory, and anything else is no form at all.
 */

export const SMALL_FORM_BYTES = 4096

export const readSmallForm = async (request: Request, maxBytes = SMALL_FORM_BYTES): Promise<URLSearchParams | undefined> => {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded' || Number(request.headers.get('content-length') ?? 0) > maxBytes || !request.body) return undefined
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength
      if (size > maxBytes) {
        await reader.cancel()
        return undefined
      }
      chunks.push(read.value)
    }
  } catch {
    return undefined
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}
