import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ReviewsTable } from '@/components/admin/ReviewsPanel'
import { reviewStatisticsFor } from '@/lib/reviews/statistics'

import { type Actor, loadSeed, type Seed, type Session, signInAll } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'

/* The admin dashboard's review panel: each person sees the numbers of the clinics they may count, and never a client's words. */

describe('the review panel on the admin dashboard', () => {
  let payload: Payload
  let seed: Seed
  let s: Record<Actor, Session>

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    s = await signInAll(payload)
  })
  afterAll(async () => {
    await payload.destroy()
  })

  const panelFor = async (actor: Actor) => {
    const stats = await reviewStatisticsFor(payload, s[actor].user)
    return { stats, html: stats.length === 0 ? '' : renderToStaticMarkup(createElement(ReviewsTable, { stats, reviewsHref: '/admin/collections/reviews' })) }
  }

  it('shows brand marketing every clinic, with the published count, average and ratings the seed gives', async () => {
    const { stats, html } = await panelFor('marketing')
    expect(stats.map((row) => row.clinic).sort()).toEqual(Object.values(seed.clinics).sort())
    const published = await payload.find({ collection: 'reviews', where: { and: [{ clinic: { equals: seed.clinics.london } }, { status: { equals: 'published' } }] }, depth: 0, overrideAccess: true, pagination: false })
    const london = stats.find((row) => row.clinic === seed.clinics.london)!
    expect(london.published).toBe(published.docs.length)
    expect(london.average).toBeCloseTo(published.docs.reduce((sum, review) => sum + review.rating, 0) / published.docs.length, 2)
    expect(html).toContain('<th scope="row">Stipple London Soho</th>')
    // Numbers only: no client's words or name reaches the dashboard.
    for (const review of published.docs) {
      expect(html).not.toContain(review.text.slice(0, 40))
      expect(html).not.toContain(review.displayName)
    }
  })

  it('shows the owner of London only London, and clinic staff no panel at all', async () => {
    expect((await panelFor('ownerLondon')).stats.map((row) => row.clinic)).toEqual([seed.clinics.london])
    expect((await panelFor('staffLondon')).html).toBe('')
  })
})
