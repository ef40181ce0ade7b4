import { mkdirSync } from 'node:fs'

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays } from '@/lib/booking/calendarDate'
import { instantOf, wallClockOf } from '@/lib/booking/zonedTime'
import { DEMO_PASSWORD } from '@/seed/people'

import { calendarOf } from '../helpers/bookings'
import { lastPrivacyLogId, makeLead } from '../helpers/leadAdmin'
import { loadSeed, removeRows, type Seed, throwaway } from '../helpers/matrix'
import { testPayload } from '../helpers/payload'
import { chromiumAvailable, launchChromium } from './chromium'
import { type ProductionServer, startProductionServer } from './productionServer'

/*
 * London's owner at the booking calendar in the admin of the production build: two consultations
 * of two days ago in their practitioners' columns at their London times, one marked attended
 * (which moves its lead), time off blocked from the page; Manchester's owner sees none of it.
 */

const SCREENSHOTS = 'test-results/screenshots'
const ZONE = 'Europe/London'
const MINUTE = 60_000

describe.skipIf(!chromiumAvailable())('the booking calendar in the admin', () => {
  let server: ProductionServer
  let browser: Browser
  let payload: Payload
  let seed: Seed
  let origin: string
  let logStart: number
  const tag = Date.now().toString(36)
  const visitor = `Morgan${tag}`
  const day = addDays(wallClockOf(ZONE, Date.now()).date, -2)
  const made = { bookings: [] as number[], leads: [] as number[] }
  let people: { priya: number; jonah: number }
  let bookings: { priya: number; jonah: number }
  let lead: number

  const shoot = async (page: Page, name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: `${SCREENSHOTS}/booking-calendar-${name}.png`, fullPage: true }).catch(() => undefined)
  }

  const adminAs = async (email: string): Promise<Page> => {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage()
    await page.goto(`${origin}/admin/login`, { waitUntil: 'networkidle' })
    await page.fill('#field-email', email)
    await page.fill('#field-password', DEMO_PASSWORD)
    await page.click('button[type=submit]')
    await expect.poll(() => page.url(), { timeout: 30_000 }).not.toContain('/login')
    return page
  }

  const bookAt = async (practitioner: number, clock: number) => {
    const start = instantOf(ZONE, day, clock)
    const iso = (time: number) => new Date(time).toISOString()
    const id = await throwaway(payload, seed, 'bookings', seed.clinics.london, { practitioner, lead, startsAt: iso(start), endsAt: iso(start + 30 * MINUTE), heldUntil: iso(start + 45 * MINUTE) })
    made.bookings.push(id)
    return id
  }

  beforeAll(async () => {
    payload = await testPayload()
    seed = await loadSeed(payload)
    logStart = await lastPrivacyLogId(payload)
    const { practitionerNamed } = await calendarOf(payload, seed.clinics.london)
    people = { priya: practitionerNamed('Priya Shah'), jonah: practitionerNamed('Jonah Reid') }
    lead = (await makeLead(payload, seed.clinics.london, { name: `${visitor} Probe`, status: 'consultationBooked' })).id
    made.leads.push(lead)
    bookings = { priya: await bookAt(people.priya, 10 * 60), jonah: await bookAt(people.jonah, 14 * 60 + 30) }
    server = await startProductionServer()
    browser = await launchChromium()
    origin = server.origin()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await payload.delete({ collection: 'availability-exceptions', where: { note: { equals: `Training ${tag}` } }, overrideAccess: true })
    await removeRows(payload, 'bookings', made.bookings)
    await removeRows(payload, 'leads', made.leads)
    await payload.delete({ collection: 'privacy-log', where: { id: { greater_than: logStart } }, overrideAccess: true })
    await payload.destroy()
  })

  it('as London’s owner, finds the calendar in the navigation and each booking in its practitioner’s column at its London time', async () => {
    const page = await adminAs('owner.london@stipple.localhost')
    try {
      // The admin's navigation holds the way in (closed at this width, so followed rather than clicked).
      const navLink = page.locator('a.stipple-calendar-link', { hasText: 'Booking calendar' })
      expect(await navLink.getAttribute('href')).toBe('/admin/calendar')
      await page.goto(`${origin}/admin/calendar?clinic=${seed.clinics.london}&mode=day&date=${day}`, { waitUntil: 'networkidle' })
      for (const [who, clock] of [['priya', '10:00'], ['jonah', '14:30']] as const) {
        const block = page.locator(`[data-practitioner="${people[who]}"][data-day="${day}"] [data-booking="${bookings[who]}"]`)
        await expect.poll(() => block.count(), { timeout: 20_000 }).toBe(1)
        expect(await block.getAttribute('data-starts')).toBe(clock)
        const text = await block.innerText()
        for (const part of [visitor, 'In-clinic consultation', 'Booked', clock]) expect(text).toContain(part)
        expect(text).not.toContain('Probe')
      }
      await shoot(page, 'owner-day')

      await page.getByRole('button', { name: `Attended: ${visitor}, 10:00–10:30` }).click()
      const priya = page.locator(`[data-booking="${bookings.priya}"]`)
      await expect.poll(() => priya.locator('.stipple-calendar__status').innerText(), { timeout: 20_000 }).toBe('Attended')
      expect((await payload.findByID({ collection: 'bookings', id: bookings.priya, overrideAccess: true })).status).toBe('attended')
      expect((await payload.findByID({ collection: 'leads', id: lead, overrideAccess: true })).status).toBe('consultationHeld')

      await page.getByText('Block time off').click()
      await page.selectOption('select[name=practitioner]', String(people.priya))
      await page.fill('input[name=startsOn]', day)
      await page.fill('input[name=opens]', '15:00')
      await page.fill('input[name=closes]', '16:00')
      await page.fill('input[name=note]', `Training ${tag}`)
      await page.getByRole('button', { name: 'Block this time' }).click()
      const blocked = page.locator(`[data-practitioner="${people.priya}"] .stipple-calendar__blocked`, { hasText: `Training ${tag}` })
      await expect.poll(() => blocked.count(), { timeout: 20_000 }).toBe(1)
      expect(await page.locator(`[data-practitioner="${people.jonah}"] .stipple-calendar__blocked`, { hasText: `Training ${tag}` }).count()).toBe(0)
      await shoot(page, 'owner-marked')

      await page.goto(`${origin}/admin/calendar?clinic=${seed.clinics.london}&mode=week&date=${day}`, { waitUntil: 'networkidle' })
      expect(await page.locator(`[data-practitioner="${people.jonah}"][data-day="${day}"] [data-booking="${bookings.jonah}"]`).count()).toBe(1)
      await shoot(page, 'owner-week')
    } catch (error) {
      await shoot(page, 'owner-failed')
      throw error
    } finally {
      await page.context().close()
    }
  })

  it('as brand marketing, sees booking numbers per clinic and no booking, name or time', async () => {
    const page = await adminAs('marketing@stipple.localhost')
    try {
      await page.goto(`${origin}/admin/calendar?clinic=${seed.clinics.london}&mode=week&date=${day}`, { waitUntil: 'networkidle' })
      const london = page.locator('.stipple-calendar__counts tbody tr', { hasText: 'London' })
      await expect.poll(() => london.count(), { timeout: 20_000 }).toBe(1)
      // This week of London: the two consultations made here (one marked attended by now, or not yet).
      expect(Number((await london.locator('td').last().innerText()).trim())).toBeGreaterThanOrEqual(2)
      const text = await page.locator('body').innerText()
      expect(text).not.toContain(visitor)
      expect(await page.locator('[data-booking], .stipple-calendar__grid').count()).toBe(0)
      await shoot(page, 'marketing')
    } finally {
      await page.context().close()
    }
  })

  it('as Manchester’s owner, sees Manchester’s calendar even when asking for London’s, and none of London’s bookings', async () => {
    const page = await adminAs('owner.manchester@stipple.localhost')
    try {
      await page.goto(`${origin}/admin/calendar?clinic=${seed.clinics.london}&mode=week&date=${day}`, { waitUntil: 'networkidle' })
      await expect.poll(() => page.locator('.stipple-calendar h2').first().innerText(), { timeout: 20_000 }).toContain('Manchester')
      const text = await page.locator('main, body').first().innerText()
      expect(text).not.toContain(visitor)
      expect(await page.locator(`[data-booking="${bookings.priya}"], [data-booking="${bookings.jonah}"]`).count()).toBe(0)
      await shoot(page, 'other-owner')
    } finally {
      await page.context().close()
    }
  })
})
