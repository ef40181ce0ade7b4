import { describe, expect, it } from 'vitest'

import type { LiveSites } from '@/lib/sites/liveSites'
import { platformOf, siteRoute } from '@/lib/sites/siteRoute'

/*
 * How the proxy routes a request: a live clinic's host or slug to its site, the platform's own host
 * to the brand hub, everything else to the platform by permanent redirect — never rendered, so a
 * random Host or slug adds nothing to any cache.
 */

const sites: LiveSites = {
  hostnames: new Set(['london.localhost', 'london.stipple.example', 'smp-leeds.example']),
  slugs: new Set(['london', 'leeds']),
}
const production = platformOf('https://stipple.example', false)
const development = platformOf('http://localhost:3000', true)
const route = (host: string, pathname = '/', search = '', platform = production) => siteRoute({ host, pathname, search }, platform, sites)

describe('routing a request to its site', () => {
  it('sends a live clinic’s hostname to its site, however the Host is spelled', () => {
    expect(route('london.stipple.example', '/faq')).toEqual({ rewrite: '/london.stipple.example/faq' })
    for (const host of ['LONDON.stipple.example', 'london.stipple.example:443', 'london.stipple.example.', 'london.localhost:3000']) {
      expect(route(host), host).toEqual({ rewrite: `/${host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')}` })
    }
    expect(route('smp-leeds.example', '/sitemap.xml')).toEqual({ rewrite: '/smp-leeds.example/sitemap-xml' })
  })

  it('shows the brand hub on the platform’s own host, and loopback names are the hub only in development', () => {
    expect(route('stipple.example')).toEqual({ rewrite: '/stipple.example' })
    expect(route('stipple.example:8443', '/privacy')).toEqual({ rewrite: '/stipple.example/privacy' })
    for (const host of ['localhost:3000', '127.0.0.1:3000', 'LOCALHOST']) expect(route(host, '/', '', development), host).toEqual({ rewrite: '/localhost' })
    expect(route('127.0.0.1:3000')).toEqual({ redirect: 'https://stipple.example/' })
  })

  it('redirects any other host to the platform, keeping the path and query', () => {
    expect(route('random-4711.example', '/treatments/scar-camouflage', '?utm_source=x')).toEqual({
      redirect: 'https://stipple.example/treatments/scar-camouflage?utm_source=x',
    })
    for (const host of ['', 'bad host', 'evil.example:80', 'manchester.localhost', 'xn--80ak6aa92e.com', '[::1]:3000', `${'a'.repeat(300)}.example`]) {
      expect(route(host, '/book'), host).toEqual({ redirect: 'https://stipple.example/book' })
    }
    expect(route('foo.localhost:3000', '/faq', '', development)).toEqual({ redirect: 'http://localhost:3000/faq' })
  })

  it('serves /clinics/<slug> of a live clinic on any known host, and sends an unknown slug to the hub', () => {
    expect(route('stipple.example', '/clinics/london')).toEqual({ rewrite: '/~london' })
    expect(route('smp-leeds.example', '/clinics/london/results/crown')).toEqual({ rewrite: '/~london/results/crown' })
    expect(route('stipple.example', '/clinics/leeds/sitemap.xml')).toEqual({ rewrite: '/~leeds/sitemap-xml' })
    for (const slug of ['manchester', 'LONDON', 'nope-123', '%7Elondon', '..']) {
      expect(route('stipple.example', `/clinics/${slug}/faq`), slug).toEqual({ redirect: 'https://stipple.example/' })
    }
    // A stray host goes to the platform first, path and all.
    expect(route('random.example', '/clinics/london/faq')).toEqual({ redirect: 'https://stipple.example/clinics/london/faq' })
  })

  it('routes as asked while the database has never answered: nothing is known to be a stray yet', () => {
    expect(siteRoute({ host: 'random.example', pathname: '/faq', search: '' }, production, undefined)).toEqual({ rewrite: '/random.example/faq' })
    expect(siteRoute({ host: 'stipple.example', pathname: '/clinics/nope', search: '' }, production, undefined)).toEqual({ rewrite: '/~nope' })
  })
})
