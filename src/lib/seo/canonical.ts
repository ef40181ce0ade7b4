import type { Clinic } from '@/payload-types'

/**
 * A clinic's public origin: its first listed hostname, reached the way this server is reached.
 * The protocol and port come from SERVER_URL so local development (http, :3000) and production
 * (https, no port) both produce addresses that actually answer. Null when the clinic has no
 * hostname, because a page reached only through `/clinics/<slug>` has no origin of its own.
 */
export const clinicOrigin = (clinic: Pick<Clinic, 'hostnames'>, serverUrl: string): string | null => {
  const first = clinic.hostnames?.[0]?.hostname
  // Hostnames are validated on save; this only guards against data written around the admin.
  const hostname = first?.trim().toLowerCase().replace(/:\d*$/, '').replace(/\.$/, '')
  if (!hostname) return null
  const server = new URL(serverUrl)
  return `${server.protocol}//${hostname}${server.port ? `:${server.port}` : ''}`
}

/**
 * One address per page: the same page reached with a query, a trailing slash or doubled slashes
 * must not count as another page. Slashes are collapsed before joining so a path such as
 * `//evil.example` can never turn into another host.
 */
export const canonicalUrl = (origin: string, path: string): string => {
  const pathOnly = path.split(/[?#]/, 1)[0]
  const normalised = `/${pathOnly}`.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')
  return `${origin.replace(/\/+$/, '')}${normalised}`
}
