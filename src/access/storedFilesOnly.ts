import type { Access } from 'payload'

/**
 * Payload's file route (`/api/<collection>/file/<name>`) looks a file up only when `read` narrows
 * the rows; when it grants everything it serves straight from storage, and a name that no upload
 * has answers 500 (file missing). Asked for a file, this rule always narrows, to any row: Payload
 * then finds the upload the file belongs to, or refuses a name that belongs to none.
 */
export const storedFilesOnly =
  (read: Access): Access =>
  async (args) => {
    const result = await read(args)
    return result === true && args.isReadingStaticFile ? { id: { exists: true } } : result
  }
