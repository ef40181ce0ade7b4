import { mkdir, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/**
 * In development, mail goes to a real SMTP server on this machine that keeps every message as an
 * .eml file under .data/mail (open it with any mail program). Nothing leaves the machine, and the
 * mail jobs run exactly as in production.
 */
export const startMailCatcher = async (folder: string, log: (line: string) => void) => {
  const { SMTPServer } = await import('smtp-server')
  await mkdir(folder, { recursive: true })
  let count = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        count += 1
        const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${count}.eml`)
        await writeFile(file, Buffer.concat(chunks))
        log(`mail caught: ${path.relative(process.cwd(), file)}`)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
