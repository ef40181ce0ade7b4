import { isIPv4, isIPv6 } from 'node:net'

import { SOCKET_ADDRESS_HEADER } from '@/lib/http/clientAddress.mjs'

/**
 * Who sent a request, for the rate limits (docs/decisions/0014). Without proxies in front
 * (`trustedProxyHops` 0) it is the socket's peer, which the production server passes on in a
 * header it sets itself (src/lib/http/clientAddress.mjs). Behind N proxies, each appends the
 * address it saw to X-Forwarded-For, so the Nth entry from the end is the visitor as the outermost
 * proxy saw it; anything further left was written by the client and is ignored.
 */
export const visitorAddress = (headers: Headers, trustedProxyHops: number): string => {
  const socket = headers.get(SOCKET_ADDRESS_HEADER)?.trim() || 'unknown'
  if (trustedProxyHops === 0) return socket
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Fewer entries than proxies: one of them did not append; the nearest peer is all we know.
  return entries.length >= trustedProxyHops ? entries[entries.length - trustedProxyHops]! : socket
}

/** The eight groups of an IPv6 address, `::` expanded; an embedded IPv4 tail becomes two groups. */
const ipv6Groups = (address: string): number[] => {
  let text = address.replace(/%.*$/, '')
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (v4) {
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number]
    text = `${text.slice(0, -v4[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const left = parse(head)
  const right = tail === undefined ? [] : parse(tail)
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right]
}

/**
 * The rate-limit key of an address. An IPv6 visitor usually holds a whole /64 (one home, one
 * phone) and can pick any address in it, so all of it counts as one visitor; an IPv4-mapped IPv6
 * address is its IPv4 address. Anything that is no address (a proxy's "unknown") is one key.
 */
export const visitorKeyOf = (address: string): string => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]!
  if (isIPv4(address)) return address
  if (isIPv6(address.replace(/%.*$/, ''))) {
    const groups = ipv6Groups(address.toLowerCase())
    return `${groups.slice(0, 4).map((group) => group.toString(16)).join(':')}::/64`
  }
  return 'unknown'
}
