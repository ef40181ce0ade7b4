/** The `compression` middleware Next vendors and runs on every response it compresses. */
declare module 'next/dist/compiled/compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  const compression: () => (req: IncomingMessage, res: ServerResponse, next: () => void) => void
  export default compression
}
