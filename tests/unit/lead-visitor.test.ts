import { describe, expect, it } from 'vitest'

import { SOCKET_ADDRESS_HEADER } from '@/lib/http/clientAddress.mjs'
import { visitorAddress, visitorKeyOf } from '@/lib/leads/visitor'

/* Who a consultation request is from, as the rate limits count it (docs/decisions/0014). */

const headers = (socket: string, forwardedFor?: string) =>
  new Headers({ [SOCKET_ADDRESS_HEADER]: socket, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) })

describe('the visitor’s address', () => {
  it('is the socket’s without proxies in front, whatever X-Forwarded-For says', () => {
    expect(visitorAddress(headers('203.0.113.5', '198.51.100.1, 198.51.100.2'), 0)).toBe('203.0.113.5')
    expect(visitorAddress(new Headers({ 'x-forwarded-for': '198.51.100.1' }), 0)).toBe('unknown')
  })

  it('behind N proxies is the entry the outermost one appended; what the client wrote before it is ignored', () => {
    // The client wrote 6.6.6.6; the CDN appended the visitor (203.0.113.9); nginx appended the CDN (192.0.2.1).
    const chain = headers('10.0.0.2', '6.6.6.6, 203.0.113.9, 192.0.2.1')
    expect(visitorAddress(chain, 1)).toBe('192.0.2.1')
    expect(visitorAddress(chain, 2)).toBe('203.0.113.9')
    // A proxy that did not append: the nearest peer is all that is known.
    expect(visitorAddress(headers('10.0.0.2', '203.0.113.9'), 2)).toBe('10.0.0.2')
  })
})

describe('the visitor’s rate-limit key', () => {
  it('is an IPv4 address as it is, also when mapped into IPv6', () => {
    expect(visitorKeyOf('203.0.113.5')).toBe('203.0.113.5')
    expect(visitorKeyOf('::ffff:203.0.113.5')).toBe('203.0.113.5')
  })

  it('groups IPv6 by /64, however the address is written', () => {
    const key = '2001:db8:abcd:12::/64'
    for (const address of ['2001:db8:abcd:12::1', '2001:0db8:abcd:0012:ffff:ffff:ffff:ffff', '2001:DB8:ABCD:12:0:0:0:9', '2001:db8:abcd:12::7%eth0']) {
      expect(visitorKeyOf(address), address).toBe(key)
    }
    expect(visitorKeyOf('2001:db8:abcd:13::1')).not.toBe(key)
    expect(visitorKeyOf('::1')).toBe('0:0:0:0::/64')
    expect(visitorKeyOf('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64')
  })

  it('is one key for anything that is no address', () => {
    for (const junk of ['unknown', '', 'not-an-ip', '1.2.3', '2001:db8::g']) expect(visitorKeyOf(junk)).toBe('unknown')
  })
})
