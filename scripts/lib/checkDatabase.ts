import pg from 'pg'

/** One line that says why PostgreSQL cannot be used, or nothing when it can. */
export const whyDatabaseUnreachable = async (uri: string): Promise<string | undefined> => {
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 5000 })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('select 1')
    return undefined
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string }
    const url = new URL(uri)
    const where = `${url.hostname}:${url.port || 5432}/${url.pathname.slice(1)}`
    return `Cannot use the database at ${where} from DATABASE_URI: ${code ?? ''} ${message ?? ''}`.replace(/\s+/g, ' ').trim()
  } finally {
    await client.end().catch(() => {})
  }
}
